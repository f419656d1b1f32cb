package io.github.claimconflict.report;

import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.scope.Event;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ScanReport} for people, in the manner of a good linter: a summary line, then each
 * event with its conflicts, most confident first, each side with its sources and a snippet of the
 * sentence that says it.
 */
public final class TextReport {

  /** How many characters of a sentence a snippet shows on either side of the claim. */
  private static final int SNIPPET_CONTEXT = 60;

  private TextReport() {}

  /**
   * The report for people.
   *
   * @param report the scan's report
   * @return the text: a summary line, then each event with its conflicts
   */
  public static String write(ScanReport report) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "claim-conflict: %d %s scanned, %d skipped, %d %s, %d %s%n",
        report.articles().size(), plural(report.articles().size(), "article"),
        report.skipped().size(), report.events().size(), plural(report.events().size(), "event"),
        report.conflicts().size(), plural(report.conflicts().size(), "conflict")));
    for (SkippedArticle s : report.skipped()) {
      b.append("  skipped ").append(s.id());
      // An article skipped by the scan is named by id; where it came from finds it in the input.
      s.file().ifPresent(f -> {
        String where = s.line().isPresent() ? f + ":" + s.line().getAsInt() : f;
        if (!where.equals(s.id())) {
          b.append(" (").append(where).append(')');
        }
      });
      b.append(": ").append(s.reason()).append('\n');
    }
    for (var d : report.dependencies()) {
      b.append(String.format(Locale.ROOT, "  %s and %s share passages (%.0f%% of the shorter)%n",
          d.first(), d.second(), d.shared() * 100));
    }
    for (Event e : report.events()) {
      List<Conflict> conflicts = report.conflictsIn(e.id());
      b.append('\n').append(e.id()).append("  ").append(e.label()).append('\n');
      b.append("    articles: ").append(String.join(", ", e.articles())).append('\n');
      if (e.articles().size() > 1) {
        for (Event.Joined j : e.joined()) {
          b.append("      ").append(joined(j)).append('\n');
        }
      }
      if (conflicts.isEmpty()) {
        b.append("    no conflicts\n");
      }
      for (Conflict c : conflicts) {
        b.append('\n');
        b.append(String.format(Locale.ROOT, "  %s  %s  confidence %.2f  %s%n", c.id(),
            c.kind().label(), c.confidence(), c.topic()));
        for (Position p : c.positions()) {
          b.append("      \"").append(p.value()).append("\"  = ").append(p.normalized())
              .append("  [").append(String.join(", ", p.articles())).append("]");
          if (!p.claimants().isEmpty()) {
            b.append("  per ").append(String.join(", ", p.claimants()));
          }
          b.append('\n');
          for (Evidence ev : p.evidence()) {
            b.append("          ").append(ev.articleId()).append(" @").append(ev.start())
                .append(": ").append(snippet(ev)).append('\n');
          }
        }
        if (c.diff().isPresent()) {
          b.append("      diff: ").append(c.diff().get()).append('\n');
        }
        b.append("      why: ").append(c.explanation()).append('\n');
      }
    }
    return b.toString();
  }

  /** The sentence, cut to a window around the claim when it is long. */
  private static String snippet(Evidence ev) {
    String s = ev.sentence();
    int at = Math.max(0, Math.min(s.length(), ev.start() - ev.sentenceStart()));
    int to = Math.max(at, Math.min(s.length(), ev.end() - ev.sentenceStart()));
    int from = Math.max(0, at - SNIPPET_CONTEXT);
    int until = Math.min(s.length(), to + SNIPPET_CONTEXT);
    String cut = (from > 0 ? "…" : "") + s.substring(from, until) + (until < s.length() ? "…" : "");
    return cut.replaceAll("\\s+", " ").trim();
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }

  /** Why an article is in its event, on one line: its day and what it shares. */
  private static String joined(Event.Joined j) {
    StringBuilder b = new StringBuilder(j.article()).append(": ");
    // Plain conditions, not Optional's lambdas: each is linked on its first run, at start-up.
    b.append(j.date().isPresent() ? j.date().get() + " (" + j.datedBy().label() + ")"
        : "undated");
    if (!j.shared().isEmpty()) {
      b.append(String.format(Locale.ROOT, "; shares %s (similarity %.2f)",
          String.join(", ", j.shared().subList(0, Math.min(4, j.shared().size()))),
          j.similarity()));
    }
    if (j.copies().isPresent()) {
      b.append("; shares passages with ").append(j.copies().get());
    }
    return b.toString();
  }
}
