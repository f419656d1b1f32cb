package io.github.claimconflict.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.claimconflict.claim.Claim;
import io.github.claimconflict.claim.Distribution;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.claim.QuantityClaim;
import io.github.claimconflict.claim.QuoteClaim;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link ClaimListing} as a readable table, one line a claim under its article, or as
 * JSON Lines, one object a claim with every field the scan knows of it.
 */
public final class ClaimListingFormat {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClaimListingFormat() {}

  /**
   * What kind of claim, as the listing names it.
   *
   * @param c a claim
   * @return "figure" for a quantity claim, "name" for a name claim, otherwise "quote"
   */
  public static String kind(Claim c) {
    if (c instanceof QuantityClaim) {
      return "figure";
    }
    return c instanceof NameClaim ? "name" : "quote";
  }

  /**
   * The listing for people: each article with its event, then one line a claim, then one line a
   * skipped article.
   *
   * @param listing the claims to write
   * @return the table, each line ending with a newline
   */
  public static String text(ClaimListing listing) {
    StringBuilder b = new StringBuilder();
    String article = null;
    for (ClaimListing.Entry e : listing.entries()) {
      Claim c = e.claim();
      if (!c.articleId().equals(article)) {
        article = c.articleId();
        b.append(article).append("  (event ").append(e.event()).append(")\n");
      }
      Evidence ev = c.evidence();
      b.append(String.format(Locale.ROOT, "  %5d-%-5d %-6s \"%s\"", ev.start(), ev.end(), kind(c),
          oneLine(c.surface())));
      List<String> context = context(c);
      if (!context.isEmpty()) {
        b.append("  ").append(String.join("; ", context));
      }
      b.append('\n');
    }
    for (SkippedArticle s : listing.skipped()) {
      b.append("skipped ").append(s.id()).append(": ").append(s.reason()).append('\n');
    }
    return b.toString();
  }

  private static List<String> context(Claim c) {
    List<String> out = new ArrayList<>();
    if (c instanceof QuantityClaim q) {
      out.add("= " + q.quantity().describe());
      out.add(q.measure().map(m -> "measure: " + m.label()).orElse("measure: none, never compared"));
      list(out, "subjects", q.subjects());
      if (q.distribution() != Distribution.NONE) {
        out.add("distribution: " + q.distribution().name().toLowerCase(Locale.ROOT));
      }
      list(out, "places", q.places());
      list(out, "days", q.days());
      q.anchor().ifPresent(a -> out.add("time: " + a));
      q.claimant().ifPresent(a -> out.add("claimant: " + a));
    } else if (c instanceof NameClaim n) {
      n.role().ifPresent(r -> out.add("role: " + r));
    } else if (c instanceof QuoteClaim q) {
      out.add("speaker: " + q.speaker().orElse("unknown"));
    }
    return out;
  }

  private static void list(List<String> out, String label, Collection<String> values) {
    if (!values.isEmpty()) {
      out.add(label + ": " + String.join(", ", values));
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /**
   * The listing as JSON Lines: one object a claim, then one a skipped article.
   *
   * @param listing the claims to write
   * @return the lines, each ending with a newline
   */
  public static String jsonLines(ClaimListing listing) {
    StringBuilder b = new StringBuilder();
    try {
      for (ClaimListing.Entry e : listing.entries()) {
        b.append(MAPPER.writeValueAsString(json(e))).append('\n');
      }
      for (SkippedArticle s : listing.skipped()) {
        b.append(MAPPER.writeValueAsString(MAPPER.createObjectNode()
            .put("article", s.id()).put("skipped", s.reason()))).append('\n');
      }
    } catch (JsonProcessingException x) {
      throw new UncheckedIOException(x);
    }
    return b.toString();
  }

  private static ObjectNode json(ClaimListing.Entry e) {
    Claim c = e.claim();
    Evidence ev = c.evidence();
    ObjectNode n = MAPPER.createObjectNode()
        .put("article", c.articleId())
        .put("event", e.event())
        .put("kind", kind(c))
        .put("text", c.surface())
        .put("start", ev.start())
        .put("end", ev.end())
        .put("sentenceStart", ev.sentenceStart());
    if (c instanceof QuantityClaim q) {
      n.put("low", q.quantity().low());
      n.put("high", q.quantity().high());
      n.put("unit", q.quantity().unit());
      n.put("normalized", q.quantity().describe());
      n.put("measure", q.measure().map(m -> m.id()).orElse(null));
      n.put("compared", q.measure().isPresent());
      q.subjects().forEach(n.putArray("subjects")::add);
      n.put("distribution", q.distribution().name().toLowerCase(Locale.ROOT));
      q.places().forEach(n.putArray("places")::add);
      q.days().forEach(n.putArray("days")::add);
      n.put("time", q.anchor().orElse(null));
      n.put("claimant", q.claimant().orElse(null));
    } else if (c instanceof NameClaim name) {
      n.put("role", name.role().orElse(null));
    } else if (c instanceof QuoteClaim q) {
      n.put("speaker", q.speaker().orElse(null));
    }
    return n;
  }
}
