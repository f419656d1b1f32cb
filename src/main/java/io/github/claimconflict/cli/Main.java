package io.github.claimconflict.cli;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.report.SkippedArticle;
import io.github.claimconflict.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: {@code claim-conflict scan PATH... [options]}. */
@Command(
    name = "claim-conflict",
    mixinStandardHelpOptions = true,
    version = "claim-conflict 0.1.0",
    description = "Reports where news articles about the same event disagree.",
    subcommands = {Main.Scan.class})
public final class Main implements Runnable {

  /** Exit code for bad usage or bad input. */
  static final int EXIT_BAD_INPUT = 2;
  /** Exit code with --fail-on-conflict when conflicts were found. */
  static final int EXIT_CONFLICTS = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'scan'");
  }

  /** Scans folders, .txt and .jsonl files. */
  @Command(name = "scan", mixinStandardHelpOptions = true,
      description = "Scan articles and report the conflicts between them.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
          "0:success",
          "1:conflicts found, with --fail-on-conflict",
          "2:bad usage or bad input"})
  static final class Scan implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
        description = "A folder (its *.txt files; id = file name), a .txt file, or a .jsonl file "
            + "(one article a line: id, source, published, title, url, text).")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text",
        description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE",
        description = "Write the report to FILE instead of standard output; written whole or not "
            + "at all.")
    Path output;

    @Option(names = "--min-confidence", paramLabel = "X",
        defaultValue = "" + ConflictDetector.DEFAULT_MIN_CONFIDENCE,
        description = "Leave out conflicts below this confidence, 0 to 1 (default: "
            + "${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--tolerance", paramLabel = "X", defaultValue = "0.05",
        description = "Relative tolerance for figures: each interval is widened by this share on "
            + "either side before they are compared (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--fail-on-conflict",
        description = "Exit with 1 when any conflict is reported.")
    boolean failOnConflict;

    @Option(names = "--quiet",
        description = "No progress bar (there is none anyway when not on a terminal).")
    boolean quiet;

    enum Format { text, json }

    /** Scans of fewer articles are over before a bar would say anything. */
    static final int PROGRESS_FROM = 50;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        err.println("claim-conflict: --min-confidence must be between 0 and 1, got "
            + minConfidence);
        return EXIT_BAD_INPUT;
      }
      if (!(tolerance >= 0 && tolerance < 10)) {
        err.println("claim-conflict: --tolerance must be between 0 and 10, got " + tolerance);
        return EXIT_BAD_INPUT;
      }
      List<Article> articles;
      try {
        articles = ArticleReader.read(paths);
      } catch (InputException e) {
        err.println("claim-conflict: " + e.getMessage());
        return EXIT_BAD_INPUT;
      }
      ConflictDetector detector = ConflictDetector.builder()
          .tolerance(tolerance)
          .minConfidence(minConfidence)
          .build();
      ScanReport report;
      if (!quiet && System.console() != null && articles.size() >= PROGRESS_FROM) {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Reading articles")
            .setInitialMax(articles.size()).setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build()) {
          report = detector.detect(articles, (done, total) -> bar.stepTo(done));
        }
      } else {
        report = detector.detect(articles);
      }
      for (SkippedArticle s : report.skipped()) {
        err.println("claim-conflict: warning: skipped article '" + s.id() + "': " + s.reason());
      }
      String rendered = format == Format.json ? JsonReport.write(report) : TextReport.write(report);
      if (output == null) {
        spec.commandLine().getOut().print(rendered);
      } else {
        try {
          writeWhole(output, rendered);
        } catch (IOException e) {
          err.println("claim-conflict: cannot write " + output + ": " + e.getMessage());
          return EXIT_BAD_INPUT;
        }
      }
      return failOnConflict && !report.conflicts().isEmpty() ? EXIT_CONFLICTS : 0;
    }

    /** Writes beside the target, then moves into place, so no half-written report is left. */
    private static void writeWhole(Path target, String content) throws IOException {
      Path dir = target.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(dir, ".claim-conflict-", ".tmp");
      try {
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
