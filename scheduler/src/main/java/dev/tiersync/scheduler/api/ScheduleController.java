package dev.tiersync.scheduler.api;

import dev.tiersync.scheduler.problem.InvalidInput;
import dev.tiersync.scheduler.schedule.Schedules;
import org.quartz.SchedulerException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An org's schedule: read it, change it (the cron is checked, the answer shows the next five fire times), pause, resume. */
@RestController
@RequestMapping("/api/orgs/{org}")
class ScheduleController {

    private final Schedules schedules;

    ScheduleController(Schedules schedules) {
        this.schedules = schedules;
    }

    record Change(String cron, String timeZone) {
    }

    @GetMapping("/schedule")
    Schedules.Schedule schedule(@PathVariable String org) {
        return schedules.of(org);
    }

    @PutMapping("/schedule")
    Schedules.Schedule change(@PathVariable String org, @RequestBody Change change) throws SchedulerException {
        if (change == null || change.cron() == null) {
            throw new InvalidInput("give the new schedule as {\"cron\": \"0 0 2 * * ?\", \"timeZone\": \"UTC\"}");
        }
        return schedules.change(org, change.cron(), change.timeZone());
    }

    @PostMapping("/pause")
    Schedules.Schedule pause(@PathVariable String org) throws SchedulerException {
        return schedules.pause(org, true);
    }

    @PostMapping("/resume")
    Schedules.Schedule resume(@PathVariable String org) throws SchedulerException {
        return schedules.pause(org, false);
    }
}
