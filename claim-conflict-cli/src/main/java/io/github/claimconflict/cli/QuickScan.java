package io.github.claimconflict.cli;

import io.github.claimconflict.ConflictDetector;
import io.github.claimconflict.compare.NumericToleranceComparator;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;

/**
 * The arguments of a plain {@code scan} read without picocli. Building picocli's model of the
 * commands from their annotations (reflection, annotation proxies, some 170 classes) cost about a
 * fifth of a five-article scan's whole process; a plain scan needs none of it. Only argument
 * lists whose meaning is beyond doubt are read here: paths, and the scan's options that take one
 * plain value or none, each at most once. Anything else (help, an unknown or repeated option,
 * {@code --field}, {@code @file}, a value that looks like an option, an empty or odd number, a
 * {@code picocli.*} system property) returns null and goes to picocli, which reads it as before
 * and words its errors. {@code QuickScanTest} checks that picocli reads every list accepted here
 * the same way.
 */
final class QuickScan {

  /** Names picocli would treat as commands rather than paths. */
  private static final Set<String> COMMANDS = Set.of("scan", "claims", "eval", "help");

  private QuickScan() {}

  /**
   * The scan the arguments ask for, its options set as picocli would set them, or null when
   * picocli must read them.
   */
  static Main.Scan parse(String[] args) {
    if (args.length < 2 || !args[0].equals("scan") || picocliProperties()) {
      return null;
    }
    Main.Scan scan = new Main.Scan();
    scan.paths = new ArrayList<>();
    scan.format = Main.Scan.ReportFormat.text;
    scan.minConfidence = ConflictDetector.DEFAULT_MIN_CONFIDENCE;
    scan.tolerance = NumericToleranceComparator.DEFAULT_TOLERANCE;
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.startsWith("@") || COMMANDS.contains(arg)) {
        return null;
      }
      if (arg.equals("-") || !arg.startsWith("-")) {
        scan.paths.add(arg);
        continue;
      }
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (eq >= 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (!seen.add(name)) {
        return null; // picocli refuses an option given twice
      }
      switch (name) {
        case "--fail-on-conflict", "--skip-invalid", "--quiet", "--compact" -> {
          if (value != null) {
            return null;
          }
          switch (name) {
            case "--fail-on-conflict" -> scan.failOnConflict = true;
            case "--skip-invalid" -> scan.skipInvalid = true;
            case "--quiet" -> scan.quiet = true;
            default -> scan.compact = true;
          }
        }
        case "--format", "--output", "--min-confidence", "--tolerance", "--encoding" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              return null;
            }
            value = args[++i];
          }
          if (!plain(value) || !set(scan, name, value)) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    return scan.paths.isEmpty() ? null : scan;
  }

  /** Sets the option to the value; false when picocli must judge the value. */
  private static boolean set(Main.Scan scan, String name, String value) {
    switch (name) {
      case "--format" -> {
        switch (value) {
          case "text" -> scan.format = Main.Scan.ReportFormat.text;
          case "json" -> scan.format = Main.Scan.ReportFormat.json;
          case "html" -> scan.format = Main.Scan.ReportFormat.html;
          default -> {
            return false;
          }
        }
      }
      case "--output" -> {
        try {
          scan.output = Path.of(value);
        } catch (InvalidPathException e) {
          return false;
        }
      }
      case "--min-confidence", "--tolerance" -> {
        if (!decimal(value)) {
          return false;
        }
        double x = Double.parseDouble(value);
        if (name.equals("--tolerance")) {
          scan.tolerance = x;
        } else {
          scan.minConfidence = x;
        }
      }
      default -> scan.encoding = value;
    }
    return true;
  }

  /** A value picocli takes as it is: not empty, not like an option, an @file or a command. */
  private static boolean plain(String value) {
    return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@")
        && !COMMANDS.contains(value);
  }

  /** Digits with at most one point among them: a number every reader takes alike. */
  private static boolean decimal(String value) {
    int digits = 0;
    int points = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.') {
        points++;
      } else {
        return false;
      }
    }
    return digits > 0 && points <= 1;
  }

  /** Whether a system property tunes picocli's reading (quotes, @files, tracing). */
  private static boolean picocliProperties() {
    for (String key : System.getProperties().stringPropertyNames()) {
      if (key.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }
}
