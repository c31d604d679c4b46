package dev.tiersync.scheduler.cli;

import dev.tiersync.scheduler.metadata.MetadataProject;
import dev.tiersync.scheduler.problem.InvalidInput;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tiersync metadata}: writes the SFDX project for the rules in force. */
@Command(name = "metadata", mixinStandardHelpOptions = true,
        description = {"Write the Salesforce metadata TierSync needs (custom fields, permission sets, list views) as an "
                + "SFDX project, with picklists of exactly the values the rules produce.",
                "Deploy it with: sf project deploy start --source-dir force-app (from DIR)"})
final class MetadataCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the project into")
    Path out;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() {
        MetadataProject project = MetadataProject.of(rules.load());
        try {
            project.writeTo(out);
        } catch (UncheckedIOException e) {
            throw new InvalidInput(e.getMessage() + " (--out)", e);
        }
        spec.commandLine().getOut().printf("Wrote %d files of the TierSync SFDX project to %s%n", project.files().size(), out);
        return 0;
    }
}
