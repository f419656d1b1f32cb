package io.github.claimconflict.report;

import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.scope.Event;
import io.github.claimconflict.scope.Dependency;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link ScanReport} as one self-contained HTML page for a fact-checker: a summary and
 * filters at the top, then each event with its articles and copies, and each conflict with its
 * positions side by side, the evidence with the claim highlighted, and for figures their intervals
 * on one number line. No request leaves the page: styles and the small filter script are inline,
 * and a content security policy forbids anything else. Every value from the input is escaped.
 */
public final class HtmlReport {

  private static final Pattern DIFF = Pattern.compile("\\[-(.*?)-\\]|\\{\\+(.*?)\\+\\}");
  /** Positions beyond these share the last colour; a conflict rarely has more than four. */
  private static final int COLOURS = 6;

  private HtmlReport() {}

  /**
   * The page, without article titles and links.
   *
   * @param report the scan's report
   * @return the HTML page
   */
  public static String write(ScanReport report) {
    return write(report, List.of());
  }

  /**
   * The page, with each article's title and a link to its url where the articles give them.
   *
   * @param report the scan's report
   * @param articles the articles scanned, matched to the report by id; others are ignored
   * @return the HTML page
   */
  public static String write(ScanReport report, Collection<Article> articles) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    return new HtmlReport.Page(report, byId).render();
  }

  private static final class Page {
    private final ScanReport report;
    private final Map<String, Article> articles;
    private final Map<String, ScannedArticle> scanned = new HashMap<>();
    private final StringBuilder b = new StringBuilder(1 << 16);

    Page(ScanReport report, Map<String, Article> articles) {
      this.report = report;
      this.articles = articles;
      report.articles().forEach(a -> scanned.put(a.id(), a));
    }

    String render() {
      b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
          .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
          .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
          .append("<title>claim-conflict report</title>\n<style>").append(CSS)
          .append("</style>\n</head>\n<body>\n");
      header();
      b.append("<main>\n");
      skipped();
      for (Event e : report.events()) {
        event(e);
      }
      b.append("<p id=\"nothing\" class=\"nothing\" hidden>No conflict matches the filters.</p>\n");
      b.append("</main>\n<footer>Written by claim-conflict. Offsets, sources and the full ")
          .append("evidence are in the JSON report (<code>--format json</code>).</footer>\n");
      b.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
      return b.toString();
    }

    private void header() {
      int conflicts = report.conflicts().size();
      Map<ConflictKind, Integer> byKind = new LinkedHashMap<>();
      for (ConflictKind k : ConflictKind.values()) {
        byKind.put(k, 0);
      }
      report.conflicts().forEach(c -> byKind.merge(c.kind(), 1, Integer::sum));
      long strong = report.conflicts().stream().filter(c -> c.confidence() >= 0.8).count();
      b.append("<header class=\"top\">\n<h1>Where the sources disagree</h1>\n");
      b.append("<p class=\"summary\"><strong>").append(count(conflicts, "conflict"))
          .append("</strong> in ").append(count(report.events().size(), "event")).append(", from ")
          .append(count(report.articles().size(), "article")).append(" scanned");
      if (!report.skipped().isEmpty()) {
        b.append(" (").append(report.skipped().size()).append(" skipped)");
      }
      b.append(".</p>\n<ul class=\"tally\">");
      for (var e : byKind.entrySet()) {
        b.append("<li class=\"k-").append(e.getKey().label()).append("\"><b>").append(e.getValue())
            .append("</b> ").append(kindName(e.getKey(), e.getValue())).append("</li>");
      }
      b.append("<li><b>").append(strong).append("</b> with confidence 0.8 or more</li>");
      b.append("<li><b>").append(report.dependencies().size()).append("</b> ")
          .append(report.dependencies().size() == 1 ? "pair" : "pairs")
          .append(" of articles sharing passages</li></ul>\n");
      if (conflicts > 0) {
        b.append("<form class=\"filters\" id=\"filters\" onsubmit=\"return false\">");
        b.append("<fieldset><legend>Show</legend>");
        for (var e : byKind.entrySet()) {
          if (e.getValue() > 0) {
            String k = e.getKey().label();
            b.append("<label class=\"chip k-").append(k).append("\"><input type=\"checkbox\" ")
                .append("name=\"kind\" value=\"").append(k).append("\" checked> ")
                .append(kindName(e.getKey(), 2)).append("</label>");
          }
        }
        b.append("</fieldset><label class=\"range\">confidence at least ")
            .append("<input type=\"range\" id=\"minconf\" min=\"0\" max=\"1\" step=\"0.05\" ")
            .append("value=\"0\"> <output id=\"minconf-value\">0.00</output></label>")
            .append("<span class=\"shown\" id=\"shown\">").append(conflicts).append(" of ")
            .append(conflicts).append(" shown</span></form>\n");
      }
      b.append("</header>\n");
    }

    private void skipped() {
      if (report.skipped().isEmpty()) {
        return;
      }
      b.append("<details class=\"skipped\"><summary>")
          .append(count(report.skipped().size(), "input")).append(" skipped</summary><ul>");
      for (SkippedArticle s : report.skipped()) {
        b.append("<li><code>").append(esc(s.id())).append("</code>: ").append(esc(s.reason()))
            .append("</li>");
      }
      b.append("</ul></details>\n");
    }

    private void event(Event e) {
      List<Conflict> conflicts = report.conflictsIn(e.id());
      b.append("<section class=\"event\" id=\"").append(esc("event-" + e.id())).append("\">\n")
          .append("<h2><span class=\"eid\">").append(esc(e.id())).append("</span> ")
          .append(esc(e.label())).append("</h2>\n<p class=\"meta\">")
          .append(conflicts.isEmpty() ? "no conflicts" : count(conflicts.size(), "conflict"));
      List<String> sources = e.articles().stream().map(scanned::get)
          .filter(java.util.Objects::nonNull).map(ScannedArticle::source)
          .flatMap(Optional::stream).distinct().sorted().toList();
      if (!sources.isEmpty()) {
        b.append(" · sources: ").append(esc(String.join(", ", sources)));
      }
      b.append("</p>\n");
      b.append("<details class=\"articles\"><summary>Articles and copies</summary>\n")
          .append("<div class=\"tablewrap\"><table><thead><tr><th>article</th>")
          .append("<th>source</th><th>date</th>")
          .append("<th>title</th><th>claims</th></tr></thead><tbody>");
      for (String id : e.articles()) {
        ScannedArticle s = scanned.get(id);
        Optional<Article> a = Optional.ofNullable(articles.get(id));
        b.append("<tr><td><code>").append(esc(id)).append("</code></td><td>")
            .append(esc(s == null ? "" : s.source().orElse("")))
            .append("</td><td>").append(s == null ? "" : s.published().map(Object::toString)
                .orElse("")).append("</td><td>");
        String title = a.flatMap(Article::title).orElse("");
        Optional<String> url = a.flatMap(Article::url).filter(Page::safeUrl);
        if (url.isPresent()) {
          b.append("<a href=\"").append(esc(url.get())).append("\" rel=\"noreferrer\">")
              .append(esc(title.isEmpty() ? url.get() : title)).append("</a>");
        } else {
          b.append(esc(title));
        }
        b.append("</td><td>").append(s == null ? "" : s.claims()).append("</td></tr>");
      }
      b.append("</tbody></table></div>\n");
      Set<String> members = Set.copyOf(e.articles());
      List<Dependency> copies = report.dependencies().stream()
          .filter(d -> members.contains(d.first()) && members.contains(d.second())).toList();
      if (copies.isEmpty()) {
        b.append("<p class=\"copies\">No two of these articles share passages.</p>");
      } else {
        b.append("<ul class=\"copies\">");
        for (Dependency d : copies) {
          b.append("<li><code>").append(esc(d.first())).append("</code> and <code>")
              .append(esc(d.second())).append("</code> share passages (")
              .append(String.format(Locale.ROOT, "%.0f%%", d.shared() * 100))
              .append(" of the shorter): they count as one source</li>");
        }
        b.append("</ul>");
      }
      b.append("</details>\n");
      for (Conflict c : conflicts) {
        conflict(c);
      }
      b.append("</section>\n");
    }

    private void conflict(Conflict c) {
      String kind = c.kind().label();
      String confidence = String.format(Locale.ROOT, "%.2f", c.confidence());
      b.append("<article class=\"conflict k-").append(kind).append("\" id=\"").append(esc(c.id()))
          .append("\" data-kind=\"").append(kind).append("\" data-confidence=\"")
          .append(confidence).append("\">\n<div class=\"chead\"><span class=\"badge\">")
          .append(kindName(c.kind(), 1)).append("</span><h3><span class=\"cid\">")
          .append(esc(c.id())).append("</span> ").append(esc(c.topic())).append("</h3>")
          .append("<span class=\"conf\" title=\"how sure the library is that this is a real ")
          .append("disagreement\"><span class=\"bar\"><span style=\"width:")
          .append(Math.round(c.confidence() * 100)).append("%\"></span></span>confidence ")
          .append(confidence).append("</span></div>\n");
      if (c.kind() == ConflictKind.NUMERIC) {
        NumberLine.draw(b, c.positions());
      }
      b.append("<div class=\"positions\">\n");
      for (int i = 0; i < c.positions().size(); i++) {
        position(c.positions().get(i), i, c.kind() == ConflictKind.NUMERIC);
      }
      b.append("</div>\n");
      c.diff().ifPresent(d -> {
        b.append("<p class=\"diff\"><span class=\"label\">word diff</span> ");
        diff(d);
        b.append("</p>\n");
      });
      b.append("<p class=\"why\">").append(esc(c.explanation())).append("</p>\n");
      if (!c.factors().isEmpty()) {
        b.append("<p class=\"factors\"><span class=\"label\">confidence from</span> ");
        for (int i = 0; i < c.factors().size(); i++) {
          ConfidenceFactor f = c.factors().get(i);
          b.append(i == 0 ? "" : " · ").append("<span title=\"").append(esc(f.meaning()))
              .append("\">").append(esc(f.name())).append(' ')
              .append(String.format(Locale.ROOT, "%.2f", f.value())).append("</span>");
        }
        b.append("</p>\n");
      }
      b.append("</article>\n");
    }

    private void position(Position p, int index, boolean numeric) {
      b.append("<div class=\"position p").append(Math.min(index, COLOURS - 1)).append("\">")
          .append("<div class=\"value\">").append(esc(p.value())).append("</div>");
      if (numeric && !p.normalized().equals(p.value())) {
        b.append("<div class=\"norm\">read as ").append(esc(p.normalized())).append("</div>");
      }
      b.append("<div class=\"support\">").append(count(p.articles().size(), "article"))
          .append(", ").append(count(p.support(), "independent source"));
      if (!p.claimants().isEmpty()) {
        b.append(" · per ").append(esc(String.join(", ", p.claimants())));
      }
      b.append("</div>");
      for (Evidence ev : p.evidence()) {
        evidence(ev);
      }
      b.append("</div>\n");
    }

    private void evidence(Evidence ev) {
      String s = ev.sentence();
      int from = clamp(ev.start() - ev.sentenceStart(), s.length());
      int to = Math.max(from, clamp(ev.end() - ev.sentenceStart(), s.length()));
      b.append("<figure class=\"evidence\"><blockquote>").append(esc(s.substring(0, from)))
          .append("<mark>").append(esc(s.substring(from, to))).append("</mark>")
          .append(esc(s.substring(to))).append("</blockquote><figcaption>");
      ScannedArticle sa = scanned.get(ev.articleId());
      Optional<Article> a = Optional.ofNullable(articles.get(ev.articleId()));
      String who = sa == null ? "" : sa.source().orElse("");
      Optional<String> url = a.flatMap(Article::url).filter(Page::safeUrl);
      if (url.isPresent()) {
        b.append("<a href=\"").append(esc(url.get())).append("\" rel=\"noreferrer\">")
            .append(esc(ev.articleId())).append("</a>");
      } else {
        b.append("<code>").append(esc(ev.articleId())).append("</code>");
      }
      if (!who.isEmpty()) {
        b.append(" · ").append(esc(who));
      }
      if (sa != null) {
        sa.published().ifPresent(d -> b.append(" · ").append(d));
      }
      b.append(" · @").append(ev.start()).append("</figcaption></figure>");
    }

    /** "[-overall-] {+fully+}" as struck and inserted words. */
    private void diff(String d) {
      Matcher m = DIFF.matcher(d);
      int at = 0;
      while (m.find()) {
        b.append(esc(d.substring(at, m.start())));
        if (m.group(1) != null) {
          b.append("<del>").append(esc(m.group(1))).append("</del>");
        } else {
          b.append("<ins>").append(esc(m.group(2))).append("</ins>");
        }
        at = m.end();
      }
      b.append(esc(d.substring(at)));
    }

    private static boolean safeUrl(String url) {
      String u = url.strip().toLowerCase(Locale.ROOT);
      return u.startsWith("https://") || u.startsWith("http://");
    }
  }

  /** Each figure's interval on one axis, one row a position, so overlap and gap show at once. */
  static final class NumberLine {
    private static final int ROW = 26;
    private static final int TOP = 8;
    private static final int AXIS = 30;
    /** Share of the width on either side, where open intervals run out to. */
    private static final double PAD = 0.06;

    private NumberLine() {}

    static void draw(StringBuilder b, List<Position> positions) {
      List<double[]> spans = new ArrayList<>();
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (Position p : positions) {
        for (OptionalDouble v : List.of(p.low(), p.high())) {
          if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
            min = Math.min(min, v.getAsDouble());
            max = Math.max(max, v.getAsDouble());
          }
        }
      }
      if (!(min <= max)) {
        return;
      }
      String unit = positions.stream().map(Position::unit).flatMap(Optional::stream)
          .findFirst().orElse("");
      if (max - min < 1e-9 * Math.max(1, Math.abs(max))) {
        min -= Math.max(1, Math.abs(min) * 0.1);
        max += Math.max(1, Math.abs(max) * 0.1);
      }
      // An open interval ("more than 20,000") is drawn running on past its bound, so the axis
      // goes on a little beyond it.
      double span = max - min;
      if (positions.stream().anyMatch(p -> p.high().isEmpty())) {
        max += 0.3 * span;
      }
      if (positions.stream().anyMatch(p -> p.low().isEmpty())) {
        min -= 0.3 * span;
      }
      double[] ticks = ticks(min, max, unit.equals("count"));
      double lo = Math.min(min, ticks[0]);
      double hi = Math.max(max, ticks[ticks.length - 1]);
      int height = TOP + positions.size() * ROW + AXIS;
      b.append("<figure class=\"numberline\"><svg width=\"100%\" height=\"").append(height)
          .append("\" role=\"img\" aria-label=\"the positions' intervals on one number line\">");
      int axisY = TOP + positions.size() * ROW + 6;
      b.append("<line class=\"axis\" x1=\"0%\" x2=\"100%\" y1=\"").append(axisY).append("\" y2=\"")
          .append(axisY).append("\"/>");
      for (double t : ticks) {
        String x = pct(x(t, lo, hi));
        b.append("<line class=\"tick\" x1=\"").append(x).append("\" x2=\"").append(x)
            .append("\" y1=\"").append(TOP - 4).append("\" y2=\"").append(axisY + 4)
            .append("\"/><text class=\"ticklabel\" x=\"").append(x).append("\" y=\"")
            .append(axisY + 18).append("\" text-anchor=\"middle\">")
            .append(esc(format(t, unit))).append("</text>");
      }
      for (int i = 0; i < positions.size(); i++) {
        Position p = positions.get(i);
        int y = TOP + i * ROW + ROW / 2;
        boolean openLow = p.low().isEmpty();
        boolean openHigh = p.high().isEmpty();
        double a = openLow ? 0 : x(p.low().getAsDouble(), lo, hi);
        double z = openHigh ? 1 : x(p.high().getAsDouble(), lo, hi);
        String cls = "span p" + Math.min(i, COLOURS - 1);
        if (z - a < 0.004) {
          b.append("<circle class=\"").append(cls).append("\" cx=\"").append(pct(a))
              .append("\" cy=\"").append(y).append("\" r=\"6\"/>");
        } else {
          b.append("<rect class=\"").append(cls).append(openLow ? " openlow" : "")
              .append(openHigh ? " openhigh" : "").append("\" x=\"").append(pct(a))
              .append("\" y=\"").append(y - 7).append("\" width=\"").append(pct(z - a))
              .append("\" height=\"14\" rx=\"").append(openLow || openHigh ? 0 : 7)
              .append("\"/>");
        }
        boolean labelLeft = (a + z) / 2 > 0.6;
        double at = labelLeft ? a : z;
        b.append("<text class=\"spanlabel\" x=\"").append(pct(at)).append("\" dx=\"")
            .append(labelLeft ? -8 : 8).append("\" y=\"").append(y + 4).append("\" text-anchor=\"")
            .append(labelLeft ? "end" : "start").append("\">").append(esc(shorten(p.value())))
            .append(openHigh ? " →" : "").append("</text>");
      }
      b.append("</svg></figure>\n");
    }

    private static double x(double v, double lo, double hi) {
      return PAD + (1 - 2 * PAD) * (v - lo) / (hi - lo);
    }

    private static String pct(double share) {
      return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }

    /** About five round ticks covering [min, max]. */
    static double[] ticks(double min, double max, boolean whole) {
      double raw = Math.max((max - min) / 4, whole ? 1 : 0);
      double mag = Math.pow(10, Math.floor(Math.log10(raw)));
      double step = mag;
      // Whole numbers (counts) never step by 2.5 below ten.
      double[] steps = whole && mag < 10 ? new double[] {1, 2, 5, 10}
          : new double[] {1, 2, 2.5, 5, 10};
      for (double m : steps) {
        step = m * mag;
        if (step >= raw) {
          break;
        }
      }
      double first = Math.floor(min / step) * step;
      double last = Math.ceil(max / step) * step;
      int n = (int) Math.round((last - first) / step) + 1;
      double[] t = new double[Math.max(2, Math.min(n, 12))];
      for (int i = 0; i < t.length; i++) {
        t[i] = first + i * step;
      }
      return t;
    }

    private static String format(double v, String unit) {
      String n = Math.abs(v - Math.rint(v)) < 1e-9
          ? String.format(Locale.ROOT, "%,d", (long) Math.rint(v))
          : String.format(Locale.ROOT, "%,.2f", v).replaceAll("0+$", "");
      return switch (unit) {
        case "percent" -> n + "%";
        case "count", "" -> n;
        default -> n + " " + unit;
      };
    }

    private static String shorten(String s) {
      return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
  }

  private static int clamp(int v, int length) {
    return Math.max(0, Math.min(length, v));
  }

  private static String kindName(ConflictKind k, int n) {
    return switch (k) {
      case NUMERIC -> n == 1 ? "figure" : "figures";
      case SPELLING -> n == 1 ? "name" : "names";
      case QUOTE -> n == 1 ? "quote" : "quotes";
    };
  }

  private static String count(long n, String word) {
    return n + " " + (n == 1 ? word : word + "s");
  }

  /** Text safe in element content and in double- or single-quoted attributes. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters other than white space are not allowed in HTML text.
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static final String CSS = """
      :root{--ink:#1d2330;--muted:#5b6475;--line:#dde1e8;--bg:#f6f7f9;--card:#fff;
      --numeric:#2563eb;--spelling:#9333ea;--quote:#c2410c;
      --p0:#2563eb;--p1:#db2777;--p2:#059669;--p3:#d97706;--p4:#7c3aed;--p5:#475569}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
      color:var(--ink);background:var(--bg)}
      header.top,main,footer{max-width:1100px;margin:0 auto;padding:0 16px}
      header.top{padding-top:20px}
      h1{font-size:1.6rem;margin:0 0 4px}
      .summary{margin:0 0 8px;font-size:1.05rem}
      .tally{list-style:none;padding:0;margin:0 0 12px;display:flex;flex-wrap:wrap;gap:6px 16px;color:var(--muted)}
      .tally b{color:var(--ink)}
      .filters{display:flex;flex-wrap:wrap;align-items:center;gap:8px 18px;background:var(--card);
      border:1px solid var(--line);border-radius:10px;padding:8px 12px;position:sticky;top:0;z-index:2}
      .filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px;align-items:center}
      .filters legend{float:left;margin-right:6px;color:var(--muted)}
      .chip{border:1px solid var(--line);border-radius:999px;padding:2px 10px;cursor:pointer;user-select:none}
      .chip input{margin:0 4px 0 0;vertical-align:-1px}
      .range{display:flex;align-items:center;gap:6px;color:var(--muted)}
      .range input{width:120px}
      .shown{margin-left:auto;color:var(--muted)}
      .skipped{margin:14px 0;background:#fff7ed;border:1px solid #fed7aa;border-radius:10px;padding:8px 12px}
      .event{margin:26px 0}
      .event h2{font-size:1.25rem;margin:0}
      .eid,.cid{display:inline-block;font:600 .8rem ui-monospace,Menlo,Consolas,monospace;
      background:var(--ink);color:#fff;border-radius:6px;padding:1px 6px;vertical-align:2px;margin-right:4px}
      .meta{color:var(--muted);margin:2px 0 8px}
      details.articles{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:6px 12px;margin-bottom:12px}
      details summary{cursor:pointer;color:var(--muted)}
      table{border-collapse:collapse;width:100%;margin:8px 0;font-size:.9rem}
      th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
      .tablewrap{overflow-x:auto}
      .copies{color:var(--muted);font-size:.9rem}
      .conflict{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--k);
      border-radius:10px;padding:12px 16px;margin:0 0 14px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
      .k-numeric{--k:var(--numeric)}.k-spelling{--k:var(--spelling)}.k-quote{--k:var(--quote)}
      .chead{display:flex;flex-wrap:wrap;align-items:center;gap:6px 12px}
      .chead h3{margin:0;font-size:1.08rem;flex:1 1 240px}
      .badge{background:var(--k);color:#fff;border-radius:999px;padding:1px 10px;font-size:.8rem;font-weight:600;
      text-transform:uppercase;letter-spacing:.04em}
      .chip.k-numeric,.chip.k-spelling,.chip.k-quote{border-color:var(--k)}
      .conf{display:flex;align-items:center;gap:6px;color:var(--muted);font-size:.88rem;white-space:nowrap}
      .bar{display:inline-block;width:64px;height:7px;background:var(--line);border-radius:4px;overflow:hidden}
      .bar span{display:block;height:100%;background:var(--k)}
      .numberline{margin:10px 0 4px}
      .numberline svg{display:block;overflow:visible}
      .axis{stroke:#8a93a3;stroke-width:1.5}.tick{stroke:var(--line);stroke-width:1}
      .ticklabel{fill:var(--muted);font-size:11px}
      .spanlabel{fill:var(--ink);font-size:12px;font-weight:600}
      .span{opacity:.85}.openhigh,.openlow{opacity:.55}
      .positions{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:12px;margin-top:10px}
      .position{border:1px solid var(--line);border-top:4px solid var(--pc);border-radius:8px;padding:8px 12px;min-width:0}
      .p0{--pc:var(--p0)}.p1{--pc:var(--p1)}.p2{--pc:var(--p2)}.p3{--pc:var(--p3)}.p4{--pc:var(--p4)}.p5{--pc:var(--p5)}
      rect.p0,circle.p0{fill:var(--p0)}rect.p1,circle.p1{fill:var(--p1)}rect.p2,circle.p2{fill:var(--p2)}
      rect.p3,circle.p3{fill:var(--p3)}rect.p4,circle.p4{fill:var(--p4)}rect.p5,circle.p5{fill:var(--p5)}
      .value{font-size:1.15rem;font-weight:650;overflow-wrap:anywhere}
      .norm{color:var(--muted);font-size:.85rem}
      .support{font-size:.88rem;margin:2px 0 6px}
      .evidence{margin:8px 0 0}
      blockquote{margin:0;padding:6px 10px;background:var(--bg);border-radius:6px;font-size:.93rem;overflow-wrap:anywhere}
      mark{background:#fde68a;border-radius:3px;padding:0 2px;font-weight:600}
      figcaption{font-size:.8rem;color:var(--muted);margin-top:3px;overflow-wrap:anywhere}
      figcaption a{color:var(--numeric)}
      .diff{background:var(--bg);border-radius:6px;padding:6px 10px;overflow-wrap:anywhere}
      .diff .label{font-size:.75rem;text-transform:uppercase;color:var(--muted);margin-right:6px}
      del{background:#fee2e2;color:#991b1b}ins{background:#dcfce7;color:#166534;text-decoration:none}
      .why{margin:10px 0 0;color:var(--muted);font-size:.92rem}
      .factors{margin:6px 0 0;color:var(--muted);font-size:.8rem}
      .nothing{color:var(--muted);text-align:center;padding:30px}
      footer{color:var(--muted);font-size:.85rem;padding:20px 16px 40px}
      @media (max-width:600px){body{font-size:14px}h1{font-size:1.3rem}.shown{margin-left:0}
      .filters{position:static}
      .conflict{padding:10px 10px}.positions{grid-template-columns:1fr}}
      """;

  private static final String SCRIPT = """
      (function(){
      var form=document.getElementById('filters');if(!form)return;
      var range=document.getElementById('minconf'),out=document.getElementById('minconf-value');
      function apply(){
        var kinds={};form.querySelectorAll('input[name=kind]').forEach(function(k){kinds[k.value]=k.checked;});
        var min=parseFloat(range.value),shown=0,all=0;out.textContent=min.toFixed(2);
        document.querySelectorAll('.conflict').forEach(function(c){all++;
          var on=kinds[c.dataset.kind]&&parseFloat(c.dataset.confidence)>=min-1e-9;c.hidden=!on;if(on)shown++;});
        document.getElementById('shown').textContent=shown+' of '+all+' shown';
        document.getElementById('nothing').hidden=shown>0;}
      form.addEventListener('input',apply);form.addEventListener('change',apply);apply();})();
      """;
}
