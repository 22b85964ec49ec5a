package io.maskmark.pipeline.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code maskmark} command line. */
@Command(name = "maskmark", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Streaming PII redaction and AI-generated-content labelling for English and Chinese.",
    subcommands = {
        DemoCommand.class,
        BenchCommand.class,
        RunCommand.class,
        DetectCommand.class,
        RedactCommand.class,
        IngestCommand.class,
        ExportCommand.class,
        ReidentifyCommand.class,
        KeygenCommand.class,
        DlqCommand.class,
        EvalCommand.class,
        LabelCommand.class,
        InspectCommand.class,
        ServeCommand.class,
        ProxyCommand.class,
        DetectorsCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Exit code when some input records could not be processed (sysexits EX_DATAERR). */
  public static final int EXIT_DATA_ERROR = 65;
  /** Exit code for an invalid configuration (sysexits EX_CONFIG). */
  public static final int EXIT_CONFIG = 78;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--log-level", scope = ScopeType.INHERIT, paramLabel = "LEVEL",
      description = "TRACE, DEBUG, INFO, WARN or ERROR (default: $MASKMARK_LOG_LEVEL or INFO). "
          + "Logs go to stderr and never contain personal data.")
  void logLevel(String level) {
    Level parsed = Level.toLevel(level, null);
    if (parsed == null || parsed == Level.ALL) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--log-level must be TRACE, DEBUG, INFO, WARN, ERROR or OFF, not '" + level + "'");
    }
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(parsed);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it in-process. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      // One line, no stack trace: messages are written not to quote input values.
      cmd.getErr().println("maskmark " + cmd.getCommandName() + ": " + oneLine(ex));
      LoggerFactory.getLogger(Main.class).debug("command failed", ex);
      return ex instanceof IllegalArgumentException ? EXIT_CONFIG : 1;
    });
    return cli;
  }

  static String oneLine(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
      t = t.getCause();
    }
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return msg.replace('\n', ' ').replace('\r', ' ');
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"maskmark " + io.maskmark.pipeline.Versions.PIPELINE};
    }
  }
}
