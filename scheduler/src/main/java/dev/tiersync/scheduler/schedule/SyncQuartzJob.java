package dev.tiersync.scheduler.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Quartz job behind an org's schedule: one sync per firing, never two of one org at once. */
@DisallowConcurrentExecution
public class SyncQuartzJob implements Job {

    static final String ORG = "org";

    private static final Logger log = LoggerFactory.getLogger(SyncQuartzJob.class);

    private final SyncRunner runner;

    public SyncQuartzJob(SyncRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String org = context.getMergedJobDataMap().getString(ORG);
        try {
            runner.runNow(org, false);
        } catch (IllegalArgumentException | IllegalStateException e) {
            log.warn("scheduled sync of {} skipped: {}", org, e.getMessage());
        }
    }
}
