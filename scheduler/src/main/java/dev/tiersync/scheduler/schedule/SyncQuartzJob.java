package dev.tiersync.scheduler.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job behind an org's schedule: one sync per firing, never two of one org at once. A run that
 * is skipped or fails is in the history like any other; anything else that goes wrong goes to Quartz,
 * which logs it.
 */
@DisallowConcurrentExecution
public class SyncQuartzJob implements Job {

    static final String ORG = "org";

    private final SyncRunner runner;

    public SyncQuartzJob(SyncRunner runner) {
        this.runner = runner;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String org = context.getMergedJobDataMap().getString(ORG);
        try {
            runner.runNow(org, false);
        } catch (RuntimeException e) {
            throw new JobExecutionException("the scheduled sync of " + org + " could not run: " + e.getMessage(), e, false);
        }
    }
}
