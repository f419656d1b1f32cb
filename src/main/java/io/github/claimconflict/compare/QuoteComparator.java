package io.github.claimconflict.compare;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.align.ClaimGroup;
import io.github.claimconflict.align.QuoteAligner;
import io.github.claimconflict.claim.Claim;
import io.github.claimconflict.claim.QuoteClaim;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.Position;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reports the same statement quoted in different words. Wordings are compared word by word
 * ({@link WordDiff}); a wording that is a shorter excerpt of another (cut at its ends, or
 * elided with an ellipsis), or identical to it, agrees. Words added or dropped inside a quote
 * without an ellipsis are a change.
 *
 * <p>Confidence reflects how much meaning changed: 0.45 plus 0.15 for each content word
 * substituted, added or removed (0.3 for a word that qualifies or negates, such as "fully",
 * "overall", "not", "grave"), at most 1. A change in small words or word forms only ("the",
 * "bribing" and "bribery") is reported at 0.2, below the default threshold.
 */
public final class QuoteComparator implements ClaimComparator<QuoteClaim> {

  /** Words whose change turns the meaning of a statement. */
  private static final ImmutableSet<String> QUALIFIERS =
      ImmutableSet.of("not", "never", "no", "none", "nothing", "fully", "overall", "partly",
          "partially", "largely", "generally", "mostly", "entirely", "completely", "only",
          "always", "every", "each", "serious", "grave", "minor", "major", "some", "all", "many", "few", "most",
          "true", "false", "credible", "significant", "little", "much", "without", "respected",
          "violated", "free", "fair", "unfair");

  private static final int MIN_CONTENT_WORDS = 3;

  @Override
  public Class<QuoteClaim> claimType() {
    return QuoteClaim.class;
  }

  /**
   * One article's rendering of the statement: a quote, or the parts of a quote split around its
   * attribution ("...," he added, "..."), joined. {@code claims} holds one article's parts, or
   * the same wording from several articles.
   */
  private record Wording(String key, String text, List<QuoteClaim> claims,
      List<WordDiff.Word> words) {}

  /** How far apart, in characters, two parts of one split quote may stand. */
  private static final int SPLIT_GAP = 120;

  @Override
  public List<Finding> compare(ClaimGroup<QuoteClaim> group) {
    Map<String, List<List<QuoteClaim>>> byWording = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (List<QuoteClaim> parts : splitQuotes(group.claims())) {
      String text = parts.stream().map(QuoteClaim::surface).collect(Collectors.joining(" "));
      String key = WordDiff.words(text).stream().map(WordDiff.Word::key)
          .collect(Collectors.joining(" "));
      byWording.computeIfAbsent(key, k -> new ArrayList<>()).add(parts);
      texts.putIfAbsent(key, text);
    }
    List<Wording> wordings = new ArrayList<>();
    byWording.forEach((k, v) -> wordings.add(new Wording(k, texts.get(k),
        v.stream().flatMap(List::stream).toList(), WordDiff.words(texts.get(k)))));
    wordings.sort(Comparator.comparing((Wording w) -> w.claims().get(0).articleId())
        .thenComparingInt(w -> w.claims().get(0).evidence().start()));
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < wordings.size(); i++) {
      for (int j = i + 1; j < wordings.size(); j++) {
        compare(group, wordings.get(i), wordings.get(j)).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The group's quotes as renderings: within one article, quotes by the same speaker that follow
   * each other closely on one line are the parts of one split quote.
   */
  private static List<List<QuoteClaim>> splitQuotes(List<QuoteClaim> claims) {
    List<QuoteClaim> sorted = new ArrayList<>(claims);
    sorted.sort(Claim.inTextOrder());
    List<List<QuoteClaim>> out = new ArrayList<>();
    List<QuoteClaim> run = new ArrayList<>();
    for (QuoteClaim c : sorted) {
      QuoteClaim last = run.isEmpty() ? null : run.get(run.size() - 1);
      boolean continues = last != null && last.articleId().equals(c.articleId())
          && c.evidence().start() - last.evidence().end() <= SPLIT_GAP
          && (last.speaker().isEmpty() || c.speaker().isEmpty()
              || last.speaker().equals(c.speaker()));
      if (!continues && !run.isEmpty()) {
        out.add(run);
        run = new ArrayList<>();
      }
      run.add(c);
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
    return out;
  }

  private Optional<Finding> compare(ClaimGroup<QuoteClaim> group, Wording a, Wording b) {
    TreeSet<String> articlesA = articles(a);
    TreeSet<String> articlesB = articles(b);
    if (articlesA.equals(articlesB) && articlesA.size() == 1) {
      return Optional.empty(); // one article quoting itself twice is not a disagreement
    }
    if (QuoteAligner.contentWords(a.text()).size() < MIN_CONTENT_WORDS
        || QuoteAligner.contentWords(b.text()).size() < MIN_CONTENT_WORDS) {
      return Optional.empty(); // a fragment of two words identifies no statement
    }
    WordDiff diff = WordDiff.between(a.words(), b.words()).trimmed();
    if (diff.isSame()) {
      return Optional.empty(); // identical, or a shorter excerpt of the same words
    }
    String shorter = a.words().size() <= b.words().size() ? a.text() : b.text();
    if (diff.isOneSided() && (shorter.contains("\u2026") || shorter.contains("..."))) {
      return Optional.empty(); // an excerpt that marks what it leaves out
    }
    List<String> changes = new ArrayList<>();
    double weight = 0;
    List<WordDiff.Step> steps = diff.steps();
    int i = 0;
    while (i < steps.size()) {
      if (steps.get(i).op() == WordDiff.Op.KEEP) {
        i++;
        continue;
      }
      List<WordDiff.Step> removed = new ArrayList<>();
      List<WordDiff.Step> added = new ArrayList<>();
      while (i < steps.size() && steps.get(i).op() != WordDiff.Op.KEEP) {
        (steps.get(i).op() == WordDiff.Op.DELETE ? removed : added).add(steps.get(i));
        i++;
      }
      weight += weight(removed, added);
      changes.add(describe(removed, added));
    }
    double confidence = weight == 0 ? 0.2 : Math.min(1, 0.45 + weight);
    String speaker = a.claims().get(0).speaker().or(() -> b.claims().get(0).speaker())
        .map(s -> " by " + s).orElse("");
    String explanation = "\"" + a.text() + "\" (" + String.join(", ", articlesA)
        + ") and \"" + b.text() + "\" (" + String.join(", ", articlesB)
        + ") quote the same statement" + speaker + " in different words: "
        + String.join("; ", changes.subList(0, Math.min(4, changes.size())))
        + (changes.size() > 4 ? "; and " + (changes.size() - 4) + " more changes" : "")
        + (weight == 0 ? ". Only small words or word forms differ." : ".");
    return Optional.of(new Finding(ConflictKind.QUOTE, group.topic(),
        Math.round(confidence * 1000) / 1000.0, explanation, Optional.of(diff.render()),
        List.of(position(a, articlesA), position(b, articlesB))));
  }

  /** Content words changed, a qualifier counting double; a word and its inflection count none. */
  private static double weight(List<WordDiff.Step> removed, List<WordDiff.Step> added) {
    List<String> gone = new ArrayList<>(removed.stream().map(WordDiff.Step::key)
        .filter(QuoteComparator::carriesMeaning).toList());
    List<String> come = new ArrayList<>(added.stream().map(WordDiff.Step::key)
        .filter(QuoteComparator::carriesMeaning).toList());
    for (String g : new ArrayList<>(gone)) {
      for (String c : come) {
        if (stem(g).equals(stem(c))) {
          gone.remove(g);
          come.remove(c);
          break;
        }
      }
    }
    double w = 0;
    for (String k : gone) {
      w += QUALIFIERS.contains(k) ? 0.3 : 0.15;
    }
    for (String k : come) {
      w += QUALIFIERS.contains(k) ? 0.3 : 0.15;
    }
    return w;
  }

  /** Content words, and the small words that negate or quantify ("not", "no", "all"). */
  private static boolean carriesMeaning(String key) {
    return !QuoteAligner.STOPWORDS.contains(key) || QUALIFIERS.contains(key);
  }

  /** A crude stem: "bribing" and "bribery", "elections" and "election" meet. */
  static String stem(String word) {
    for (String suffix : List.of("ations", "ation", "ings", "ing", "ery", "ies", "ed", "es", "s",
        "y", "e")) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }

  private static String describe(List<WordDiff.Step> removed, List<WordDiff.Step> added) {
    String r = removed.stream().map(WordDiff.Step::word).collect(Collectors.joining(" "));
    String a = added.stream().map(WordDiff.Step::word).collect(Collectors.joining(" "));
    if (removed.isEmpty()) {
      return "\"" + a + "\" is added";
    }
    if (added.isEmpty()) {
      return "\"" + r + "\" is left out";
    }
    return "\"" + r + "\" became \"" + a + "\"";
  }

  private static TreeSet<String> articles(Wording w) {
    TreeSet<String> out = new TreeSet<>();
    w.claims().forEach(c -> out.add(c.articleId()));
    return out;
  }

  private static Position position(Wording w, TreeSet<String> articles) {
    List<QuoteClaim> sorted = new ArrayList<>(w.claims());
    sorted.sort(Claim.inTextOrder());
    String normalized = w.words().stream().map(x -> x.written().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" "));
    return new Position(w.text(), normalized,
        Optional.empty(), Optional.empty(), Optional.empty(), List.copyOf(articles),
        sorted.stream().map(QuoteClaim::speaker).flatMap(Optional::stream).distinct().toList(),
        sorted.stream().map(QuoteClaim::evidence).toList(), articles.size());
  }
}
