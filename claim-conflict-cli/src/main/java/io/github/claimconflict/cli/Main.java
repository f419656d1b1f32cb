package io.github.claimconflict.cli;

import io.github.claimconflict.Article;
import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.ScanProgress;
import io.github.claimconflict.compare.NumericToleranceComparator;
import io.github.claimconflict.eval.EvalCases;
import io.github.claimconflict.eval.EvalReport;
import io.github.claimconflict.eval.Evaluation;
import io.github.claimconflict.report.ClaimListing;
import io.github.claimconflict.report.ClaimListingFormat;
import io.github.claimconflict.input.ArticleField;
import io.github.claimconflict.input.FolderCount;
import io.github.claimconflict.input.InputException;
import io.github.claimconflict.input.InputReader;
import io.github.claimconflict.input.SkippedInput;
import io.github.claimconflict.report.Conflict;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.HtmlReport;
import io.github.claimconflict.report.JsonReport;
import io.github.claimconflict.report.ScanConsumer;
import io.github.claimconflict.report.ScanReport;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.report.SkippedArticle;
import io.github.claimconflict.report.TextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
    footer = {"", "Start with 'claim-conflict scan FOLDER' (a folder of articles, in any of the "
        + "formats 'claim-conflict scan --help' lists); 'COMMAND --help' gives a command's "
        + "options."})
public final class Main implements Runnable {

  /** Exit code for bad usage or bad input. */
  static final int EXIT_BAD_INPUT = 2;
  /** Exit code with --fail-on-conflict when conflicts were found. */
  static final int EXIT_CONFLICTS = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where {@code -} reads from. */
  private InputStream in = System.in;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /** Runs the command line with the given streams, {@code in} for the path {@code -}. */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    main.in = in;
    Scan quick = QuickScan.parse(args);
    if (quick != null) {
      quick.parent = main;
      quick.out = out;
      quick.err = err;
      int code;
      try {
        code = quick.call();
      } catch (Exception e) {
        // As picocli reports an exception the command throws: its stack trace, exit code 1.
        e.printStackTrace(err);
        code = 1;
      }
      out.flush();
      err.flush();
      return code;
    }
    CommandLine cli = new CommandLine(main);
    for (Object subcommand : subcommands(args)) {
      cli.addSubcommand(subcommand);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(Main::badUsage);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Bad usage, said in one line as the other errors are, with picocli's suggestion for a
   * misspelt option or command and where to find the options, instead of the whole usage: the
   * message was lost above forty lines of it. The usage itself is shown when no command is given.
   */
  private static int badUsage(CommandLine.ParameterException ex, String[] args) {
    CommandLine c = ex.getCommandLine();
    PrintWriter err = c.getErr();
    boolean top = c.getCommandSpec().userObject() instanceof Main;
    String message = ex.getMessage();
    if (top && ex instanceof CommandLine.UnmatchedArgumentException u
        && !u.getUnmatched().isEmpty()) {
      message = "unknown command '" + u.getUnmatched().get(0) + "': try 'scan', 'claims' or "
          + "'eval'";
    }
    err.println("claim-conflict: " + message);
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    if (top && args.length == 0) {
      c.usage(err);
    } else {
      err.println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for "
          + (top ? "the commands." : "its options."));
    }
    return c.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * The subcommands to build: the one named first, else all three (for the usage, and to say
   * which one a misspelt name may be). picocli builds each one's model from its annotations by
   * reflection, which a short scan would pay for the two it does not run.
   */
  private static List<Object> subcommands(String[] args) {
    String first = args.length == 0 ? "" : args[0];
    return switch (first) {
      case "scan" -> List.of(new Scan());
      case "claims" -> List.of(new Claims());
      case "eval" -> List.of(new Eval());
      default -> List.of(new Scan(), new Claims(), new Eval());
    };
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'scan', 'claims' or 'eval'");
  }

  /** Scans folders and files of articles, or standard input. */
  @Command(name = "scan", mixinStandardHelpOptions = true,
      description = "Scan articles and report the conflicts between them.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
          "0:success",
          "1:conflicts found, with --fail-on-conflict",
          "2:bad usage or bad input"})
  static final class Scan implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand Main parent;

    /** The streams when {@link QuickScan} read the arguments; else picocli's. */
    PrintWriter out;
    PrintWriter err;

    @Parameters(arity = "1..*", paramLabel = "PATH",
        description = "A folder (read recursively), a file of articles (plain text or "
            + "Markdown, JSON Lines, JSON, news-please's JSON, an HTML page, CSV or TSV), or - "
            + "for standard input in any of these formats.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE",
        description = "Write the report to FILE instead of standard output; written whole or not "
            + "at all.")
    Path output;

    @Option(names = "--min-confidence", paramLabel = "X",
        defaultValue = "" + ConflictDetector.DEFAULT_MIN_CONFIDENCE,
        description = "Leave out conflicts below this confidence, 0 to 1 (default: "
            + "${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--tolerance", paramLabel = "X",
        defaultValue = "" + NumericToleranceComparator.DEFAULT_TOLERANCE,
        description = "Relative tolerance for figures: each interval is widened by this share on "
            + "either side before they are compared (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--fail-on-conflict",
        description = "Exit with 1 when any conflict is reported.")
    boolean failOnConflict;

    @Option(names = "--skip-invalid",
        description = "List a malformed file, line or row under 'skipped', with its reason, and "
            + "go on (default: stop with exit code 2).")
    boolean skipInvalid;

    @Option(names = "--encoding", paramLabel = "CHARSET",
        description = "Encoding of files without a byte order mark (default: UTF-8).")
    String encoding;

    @Option(names = "--field", paramLabel = "NAME=COLUMN",
        description = "Read an article field (id, source, published, title, url, text, language) "
            + "from a CSV column or JSON field of another name; may be repeated.")
    Map<String, String> fields = new LinkedHashMap<>();

    @Option(names = "--quiet",
        description = "No progress bar (there is none anyway when not on a terminal).")
    boolean quiet;

    @Option(names = "--compact",
        description = "With --format json: one line, no indentation.")
    boolean compact;

    /** The scan's report formats. */
    enum ReportFormat { text, json, html }

    /** The formats of the eval subcommand, which has no HTML. */
    enum Format { text, json }

    /** Writes the report to a destination. */
    private interface Render {
      void to(Writer out) throws IOException;
    }

    /** Scans of fewer articles are over before a bar would say anything. */
    static final int PROGRESS_FROM = 50;

    /** Warnings beyond these are counted, not printed: 10,000 odd dates need not fill a screen. */
    static final int MAX_WARNINGS = 20;

    @Override
    public Integer call() {
      PrintWriter err = this.err != null ? this.err : spec.commandLine().getErr();
      PrintWriter stdout = this.out != null ? this.out : spec.commandLine().getOut();
      String bad = checkNumbers(minConfidence, tolerance);
      if (bad != null) {
        err.println("claim-conflict: " + bad);
        return EXIT_BAD_INPUT;
      }
      InputReader.Builder options = readerOptions(skipInvalid, encoding, fields, parent.in, err);
      if (options == null) {
        return EXIT_BAD_INPUT;
      }
      // The detector (its lexicons and patterns, and the classes behind them) is built on another
      // thread while the input is read: on a short scan each takes about a tenth of the process.
      java.util.concurrent.FutureTask<ConflictDetector> building =
          new java.util.concurrent.FutureTask<>(() -> ConflictDetector.builder()
              .tolerance(tolerance)
              .minConfidence(minConfidence)
              .build());
      Thread builder = new Thread(building, "claim-conflict-setup");
      builder.setDaemon(true); // bad input ends the run without waiting for it
      builder.start();
      InputReader.Result input;
      try {
        input = options.build().read(paths);
      } catch (InputException e) {
        err.println("claim-conflict: " + e.getMessage());
        return EXIT_BAD_INPUT;
      }
      for (FolderCount f : input.folders()) {
        err.println("claim-conflict: " + f.describe());
      }
      List<String> warnings = input.warnings();
      for (int i = 0; i < Math.min(warnings.size(), MAX_WARNINGS); i++) {
        err.println("claim-conflict: warning: " + warnings.get(i));
      }
      if (warnings.size() > MAX_WARNINGS) {
        err.println("claim-conflict: warning: and " + (warnings.size() - MAX_WARNINGS)
            + " more warnings like these");
      }
      for (SkippedInput s : input.skipped()) {
        err.println("claim-conflict: skipped " + s.where() + ": " + s.reason());
      }
      List<Article> articles = input.articles();
      ConflictDetector detector = built(building);
      boolean bar = !quiet && System.console() != null && articles.size() >= PROGRESS_FROM;
      // The scan is handed over as it goes: JSON is written event by event, other formats once
      // the whole report is gathered.
      int[] conflicts = {0};
      Render render = out -> {
        ScanConsumer writer = format == ReportFormat.json
            ? JsonReport.streaming(out, !compact) : null; // streamed, never one string
        List<Conflict> gathered = new ArrayList<>();
        ScanReport[] head = {null};
        ScanConsumer consumer = new ScanConsumer() {
          @Override
          public void scanned(ScanReport withoutConflicts) {
            ScanReport placed = withOrigins(withoutConflicts, input);
            for (SkippedArticle s : placed.skipped()) {
              err.println("claim-conflict: warning: skipped article '" + s.id() + "'"
                  + s.file().map(f -> " (" + place(f, s.line()) + ")").orElse("") + ": "
                  + s.reason());
            }
            head[0] = withInputSkipped(placed, input.skipped());
            if (writer != null) {
              writer.scanned(head[0]);
            }
          }

          @Override
          public void conflicts(Event event, List<Conflict> found) {
            conflicts[0] += found.size();
            if (writer != null) {
              writer.conflicts(event, found);
            } else {
              gathered.addAll(found);
            }
          }

          @Override
          public void finished() {
            if (writer != null) {
              writer.finished();
            }
          }
        };
        try {
          if (bar) {
            try (ProgressBar b = new ProgressBarBuilder().setTaskName("Reading articles")
                .setInitialMax(articles.size())
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
              detector.scan(articles, (done, total) -> b.stepTo(done), consumer);
            }
          } else {
            detector.scan(articles, ScanProgress.NONE, consumer);
          }
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        if (writer == null) {
          ScanReport report = new ScanReport(head[0].articles(), head[0].skipped(),
              head[0].events(), head[0].dependencies(), gathered);
          switch (format) {
            case html -> out.write(HtmlReport.write(report, articles));
            default -> out.write(TextReport.write(report));
          }
        }
      };
      if (output == null) {
        try {
          render.to(stdout);
        } catch (IOException e) {
          err.println("claim-conflict: cannot write the report: " + e.getMessage());
          return EXIT_BAD_INPUT;
        }
      } else {
        String problem = writeWhole(output, render);
        if (problem != null) {
          err.println("claim-conflict: cannot write " + output + ": " + problem);
          return EXIT_BAD_INPUT;
        }
      }
      return failOnConflict && conflicts[0] > 0 ? EXIT_CONFLICTS : 0;
    }

    /** The detector the other thread built; its failure is thrown here, as it was. */
    private static ConflictDetector built(java.util.concurrent.FutureTask<ConflictDetector> task) {
      boolean interrupted = false;
      try {
        while (true) {
          try {
            return task.get();
          } catch (InterruptedException e) {
            interrupted = true; // kept for the caller, as a scan's own wait keeps it
          } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException r) {
              throw r;
            }
            if (t instanceof Error x) {
              throw x;
            }
            throw new IllegalStateException(t);
          }
        }
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    /**
     * The scan's report with each article it skipped (no text) placed in the input, its file and
     * line, as input that could not be read is: the reader of the report can find it.
     */
    private static ScanReport withOrigins(ScanReport r, InputReader.Result input) {
      if (r.skipped().isEmpty()) {
        return r;
      }
      List<SkippedArticle> skipped = new ArrayList<>();
      for (SkippedArticle s : r.skipped()) {
        Optional<InputReader.Origin> origin = s.file().isPresent() ? Optional.empty()
            : input.origin(s.id());
        skipped.add(origin.map(o -> new SkippedArticle(s.id(), s.reason(), Optional.of(o.file()),
            o.line().map(OptionalInt::of).orElseGet(OptionalInt::empty))).orElse(s));
      }
      return new ScanReport(r.articles(), skipped, r.events(), r.dependencies(), r.conflicts());
    }

    private static String place(String file, OptionalInt line) {
      return line.isPresent() ? file + ":" + line.getAsInt() : file;
    }

    /** The scan's report with the input that could not be read listed as skipped too. */
    private static ScanReport withInputSkipped(ScanReport r, List<SkippedInput> inputs) {
      if (inputs.isEmpty()) {
        return r;
      }
      List<SkippedArticle> skipped = new ArrayList<>(r.skipped());
      for (SkippedInput s : inputs) {
        OptionalInt line = s.line().map(OptionalInt::of).orElseGet(OptionalInt::empty);
        skipped.add(new SkippedArticle(s.where(), s.reason(), Optional.of(s.file()), line));
      }
      return new ScanReport(r.articles(), skipped, r.events(), r.dependencies(), r.conflicts());
    }

    /**
     * The reader's options from those of the command line, or null, the problem said on
     * {@code err}, when one is bad. {@code scan} and {@code claims} read input alike.
     */
    static InputReader.Builder readerOptions(boolean skipInvalid, String encoding,
        Map<String, String> fields, InputStream in, PrintWriter err) {
      InputReader.Builder options = InputReader.builder().skipInvalid(skipInvalid)
          .standardInput(() -> in);
      if (encoding != null) {
        Optional<Charset> charset = charset(encoding);
        if (charset.isEmpty()) {
          err.println("claim-conflict: --encoding: unknown encoding '" + encoding + "'");
          return null;
        }
        options.encoding(charset.get());
      }
      for (Map.Entry<String, String> f : fields.entrySet()) {
        Optional<ArticleField> field = ArticleField.named(f.getKey());
        if (field.isEmpty() || f.getValue().isBlank()) {
          err.println("claim-conflict: --field takes NAME=COLUMN with NAME one of id, source, "
              + "published, title, url, text, language; got '" + f.getKey() + "=" + f.getValue()
              + "'");
          return null;
        }
        options.field(field.get(), f.getValue());
      }
      return options;
    }

    private static Optional<Charset> charset(String name) {
      try {
        return Optional.of(Charset.forName(name.strip()));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    /** What is wrong with the two numeric options, or null when both are fine. */
    static String checkNumbers(double minConfidence, double tolerance) {
      if (!(minConfidence >= 0 && minConfidence <= 1)) {
        return "--min-confidence must be between 0 and 1, got " + minConfidence;
      }
      if (!(tolerance >= 0 && tolerance < 10)) {
        return "--tolerance must be between 0 and 10, got " + tolerance;
      }
      return null;
    }

    /**
     * Writes beside the target, then moves into place, so no half-written report is left. Returns
     * what went wrong, in terms of the path the user gave (never the temporary file), or null.
     */
    private static String writeWhole(Path target, Render render) {
      Path dir = target.toAbsolutePath().getParent();
      if (Files.isDirectory(target)) {
        return "it is a folder";
      }
      if (dir == null || !Files.isDirectory(dir)) {
        return "no such folder: " + (target.getParent() == null ? dir : target.getParent());
      }
      Path tmp = null;
      try {
        // A temporary file is private (rw-------); a report is made as any file (umask applies).
        tmp = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile(dir, ".claim-conflict-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")))
            : Files.createTempFile(dir, ".claim-conflict-", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          render.to(w);
        }
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return null;
      } catch (AccessDeniedException e) {
        return "permission denied";
      } catch (FileSystemException e) {
        return e.getReason() != null ? e.getReason() : "cannot write there";
      } catch (IOException e) {
        return e.getMessage() == null ? "cannot write there"
            : e.getMessage().replace(String.valueOf(tmp), String.valueOf(target));
      } finally {
        if (tmp != null) {
          try {
            Files.deleteIfExists(tmp);
          } catch (IOException e) {
            // Nothing more can be done about a stray temporary file.
          }
        }
      }
    }
  }

  /** Lists every claim read from the articles, with its context. */
  @Command(name = "claims", mixinStandardHelpOptions = true,
      description = "List every claim read from the articles (figures, names, quotes) with what "
          + "the scan knows of it, to see why two claims were or were not compared.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:success", "2:bad usage or bad input"})
  static final class Claims implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand Main parent;

    @Parameters(arity = "1..*", paramLabel = "PATH",
        description = "Articles, as for scan (a file, a folder, or - for standard input).")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "text (a table under each article) or jsonl (one JSON object a claim); "
            + "default: ${DEFAULT-VALUE}.")
    ListFormat format;

    @Option(names = "--kind", paramLabel = "KIND",
        description = "Only claims of this kind: figure, name or quote.")
    String kind;

    @Option(names = "--skip-invalid",
        description = "As for scan: list a malformed file, line or row on standard error and go "
            + "on (default: stop with exit code 2).")
    boolean skipInvalid;

    @Option(names = "--encoding", paramLabel = "CHARSET",
        description = "As for scan: encoding of files without a byte order mark (default: UTF-8).")
    String encoding;

    @Option(names = "--field", paramLabel = "NAME=COLUMN",
        description = "As for scan: read an article field from a CSV column or JSON field of "
            + "another name; may be repeated.")
    Map<String, String> fields = new LinkedHashMap<>();

    enum ListFormat { text, jsonl }

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (kind != null && !List.of("figure", "name", "quote").contains(kind)) {
        err.println("claim-conflict: --kind takes figure, name or quote, got '" + kind + "'");
        return EXIT_BAD_INPUT;
      }
      InputReader.Builder options = Scan.readerOptions(skipInvalid, encoding, fields, parent.in,
          err);
      if (options == null) {
        return EXIT_BAD_INPUT;
      }
      List<Article> articles;
      try {
        InputReader.Result input = options.build().read(paths);
        input.warnings().forEach(w -> err.println("claim-conflict: warning: " + w));
        input.skipped().forEach(x -> err.println("claim-conflict: skipped " + x.where() + ": "
            + x.reason()));
        articles = input.articles();
      } catch (InputException e) {
        err.println("claim-conflict: " + e.getMessage());
        return EXIT_BAD_INPUT;
      }
      ClaimListing listing = ConflictDetector.builder().build().claims(articles);
      if (kind != null) {
        listing = new ClaimListing(listing.entries().stream()
            .filter(e -> ClaimListingFormat.kind(e.claim()).equals(kind)).toList(),
            listing.skipped());
      }
      spec.commandLine().getOut().print(format == ListFormat.jsonl
          ? ClaimListingFormat.jsonLines(listing) : ClaimListingFormat.text(listing));
      return 0;
    }
  }

  /** Scores the detector against labelled clusters of coverage. */
  @Command(name = "eval", mixinStandardHelpOptions = true,
      description = "Score the detector against labelled clusters (a cases file in the format of "
          + "the development set's cases.json).",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:scored",
          "2:bad usage, a cases file that cannot be read, or no text of it found under --texts"})
  static final class Eval implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASES.json",
        description = "The labelled clusters: excerpts with their cache_file, and checker_gold.")
    Path cases;

    @Option(names = "--texts", paramLabel = "ROOT", defaultValue = ".",
        description = "The folder each excerpt's cache_file is relative to (default: the current "
            + "folder).")
    Path texts;

    @Option(names = "--mixed",
        description = "Scan all clusters together as one feed; a conflict mixing clusters is "
            + "counted as cross-event.")
    boolean mixed;

    @Option(names = "--only", paramLabel = "KINDS", split = ",",
        description = "Count only these kinds: numeric, spelling, quote.")
    List<String> only;

    @Option(names = "--verbose",
        description = "List each missed item, each violated trap with its conflict, and each "
            + "unexpected conflict with its evidence.")
    boolean verbose;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
        description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Scan.Format format;

    @Option(names = "--min-confidence", paramLabel = "X",
        defaultValue = "" + ConflictDetector.DEFAULT_MIN_CONFIDENCE,
        description = "Leave out conflicts below this confidence (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--tolerance", paramLabel = "X",
        defaultValue = "" + NumericToleranceComparator.DEFAULT_TOLERANCE,
        description = "Relative tolerance for figures (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      String bad = Scan.checkNumbers(minConfidence, tolerance);
      if (bad != null) {
        err.println("claim-conflict: " + bad);
        return EXIT_BAD_INPUT;
      }
      Set<ConflictKind> kinds = EnumSet.noneOf(ConflictKind.class);
      for (String k : only == null ? List.<String>of() : only) {
        Optional<ConflictKind> kind = Arrays.stream(ConflictKind.values())
            .filter(x -> x.label().equals(k.strip().toLowerCase(Locale.ROOT))).findFirst();
        if (kind.isEmpty()) {
          err.println("claim-conflict: --only takes numeric, spelling or quote, got '" + k + "'");
          return EXIT_BAD_INPUT;
        }
        kinds.add(kind.get());
      }
      EvalCases read;
      try {
        read = EvalCases.read(cases);
      } catch (NoSuchFileException e) {
        err.println("claim-conflict: " + cases + ": no such file");
        return EXIT_BAD_INPUT;
      } catch (IOException e) {
        err.println("claim-conflict: " + cases + ": cannot read: " + e.getMessage());
        return EXIT_BAD_INPUT;
      } catch (IllegalArgumentException e) {
        err.println("claim-conflict: " + e.getMessage());
        return EXIT_BAD_INPUT;
      }
      if (!Files.isDirectory(texts)) {
        err.println("claim-conflict: --texts " + texts + ": no such folder");
        return EXIT_BAD_INPUT;
      }
      Evaluation evaluation = new Evaluation(ConflictDetector.builder().tolerance(tolerance)
          .minConfidence(minConfidence).build(), kinds);
      Evaluation.Result result;
      try {
        result = mixed ? evaluation.mixed(read, texts) : evaluation.separately(read, texts);
      } catch (IllegalArgumentException e) {
        err.println("claim-conflict: " + cases + ": " + e.getMessage());
        return EXIT_BAD_INPUT;
      }
      // A score of nothing read is no score: 0 found of every item, and exit 0, looked like a
      // detector that finds nothing, where the texts were simply elsewhere.
      if (result.clusters().stream().mapToInt(Evaluation.ClusterResult::texts).sum() == 0) {
        String first = result.clusters().stream().flatMap(c -> c.missing().stream()).findFirst()
            .orElse("none listed");
        err.println("claim-conflict: no text of " + cases + " could be read under --texts "
            + texts + " (the first: " + first + "); each excerpt's cache_file is read relative "
            + "to --texts, so name the folder that holds them");
        return EXIT_BAD_INPUT;
      }
      spec.commandLine().getOut().print(format == Scan.Format.json
          ? EvalReport.json(result) : EvalReport.text(result, verbose));
      return 0;
    }
  }
}
