package dev.tiersync.scheduler.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The Quartz job behind the schedule: one sync per firing, never two at once. */
@DisallowConcurrentExecution
public class SyncQuartzJob implements Job {

    private final SyncRunner runner;

    public SyncQuartzJob(SyncRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        runner.runNow(false);
    }
}
