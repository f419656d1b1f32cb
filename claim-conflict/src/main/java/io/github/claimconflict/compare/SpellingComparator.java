package io.github.claimconflict.compare;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.align.EntityResolver;
import io.github.claimconflict.align.NameAligner;
import io.github.claimconflict.claim.Claim;
import io.github.claimconflict.claim.NameClaim;
import io.github.claimconflict.names.KnownNames;
import io.github.claimconflict.names.NameMatcher;
import io.github.claimconflict.names.NameMatcher.Verdict;
import io.github.claimconflict.names.SpellingMatcher;
import io.github.claimconflict.report.ConfidenceFactor;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.Position;
import io.github.claimconflict.text.Language;
import io.github.claimconflict.text.NameNormalizer;
import io.github.claimconflict.text.ScanLanguages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reports an entity written in more than one way. Each spelling (in cosmetic form, so case,
 * hyphens, diacritics and British/American endings never count) is a position; the spelling most
 * sources use is the reference, and each other one is a transliteration variant or a likely
 * misspelling of it. One article that writes a name two ways is a conflict too: a slip beside
 * the right spelling is what a reader sees.
 *
 * <p>Confidence starts at 0.85 for a likely misspelling and 0.75 for a transliteration variant;
 * it rises by 0.05 when two or more sources agree on the reference spelling, and falls by 0.15
 * when the differing word is shorter than six letters (short words are often different names), by
 * 0.1 when the only source of the variant also writes the reference, and by 0.15 when the two are
 * written in articles of different languages (each language romanizes in its own way).
 */
public final class SpellingComparator implements ClaimComparator<NameClaim> {

  private final EntityResolver resolver;

  /**
   * A comparator that judges words of names with the given matcher and knows the given names.
   *
   * @param matcher how two words of names compare; not null
   * @param known the aliases and distinct names the user gave; not null
   */
  public SpellingComparator(NameMatcher matcher, KnownNames known) {
    this.resolver = new EntityResolver(requireNonNull(matcher, "matcher"),
        requireNonNull(known, "known"));
  }

  /** A comparator with the default {@link SpellingMatcher} and no known names. */
  public SpellingComparator() {
    this(new SpellingMatcher(), KnownNames.none());
  }

  @Override
  public Class<NameClaim> claimType() {
    return NameClaim.class;
  }

  private record Spelling(String surface, List<NameClaim> claims, Set<String> articles) {}

  @Override
  public List<Finding> compare(ClaimGroup<NameClaim> group) {
    Map<String, List<NameClaim>> byKey = new LinkedHashMap<>();
    for (NameClaim c : group.claims()) {
      byKey.computeIfAbsent(NameNormalizer.cosmeticKey(c.surface()), k -> new ArrayList<>()).add(c);
    }
    List<Spelling> spellings = new ArrayList<>();
    for (List<NameClaim> claims : byKey.values()) {
      Set<String> articles = new java.util.TreeSet<>();
      claims.forEach(c -> articles.add(c.articleId()));
      spellings.add(new Spelling(claims.get(0).surface(), claims, articles));
    }
    spellings = mergeCosmetic(spellings);
    if (spellings.size() < 2) {
      return List.of();
    }
    spellings.sort(Comparator.comparingInt((Spelling s) -> -s.articles().size())
        .thenComparingInt(s -> -s.claims().size())
        .thenComparing(Spelling::surface));
    Spelling reference = spellings.get(0);
    Map<String, Language> languages = ScanLanguages.of(group.claims());
    double confidence = 0;
    List<ConfidenceFactor> factors = List.of();
    List<String> verdicts = new ArrayList<>();
    for (Spelling s : spellings.subList(1, spellings.size())) {
      if (resolver.known().aliases(reference.surface(), s.surface())) {
        continue;
      }
      List<Verdict> words = verdicts(reference.surface(), s.surface());
      List<String> ref = NameNormalizer.nameTokens(reference.surface());
      List<String> var = NameNormalizer.nameTokens(s.surface());
      if (ref.size() != var.size()) {
        int n = Math.min(ref.size(), var.size());
        boolean head = headReading(reference.surface(), s.surface());
        ref = head ? ref.subList(0, n) : ref.subList(ref.size() - n, ref.size());
        var = head ? var.subList(0, n) : var.subList(var.size() - n, var.size());
      }
      boolean misspelt = words.isEmpty() || words.contains(Verdict.MISSPELLING);
      boolean foreign = NameAligner.otherLanguages(reference.claims(), s.claims(), languages);
      int shortest = Integer.MAX_VALUE;
      List<String> pairs = new ArrayList<>();
      for (int i = 0; i < words.size() && i < ref.size() && i < var.size(); i++) {
        if (words.get(i) != Verdict.SAME) {
          shortest = Math.min(shortest, Math.min(ref.get(i).length(), var.get(i).length()));
          pairs.add(ref.get(i) + "/" + var.get(i));
        }
      }
      List<ConfidenceFactor> parts = List.of(
          new ConfidenceFactor("base", misspelt ? 0.85 : 0.75,
              misspelt ? "a likely misspelling" : "a transliteration variant"),
          new ConfidenceFactor("sources", reference.articles().size() >= 2 ? 0.05 : 0,
              "two sources or more agree on the common spelling"),
          new ConfidenceFactor("short word", shortest < 6 ? -0.15 : 0,
              "the differing word is shorter than six letters"),
          new ConfidenceFactor("same source", reference.articles().containsAll(s.articles())
              ? -0.1 : 0, "the variant's only sources also write the common spelling"),
          new ConfidenceFactor("other language", foreign ? -0.15 : 0,
              "the spellings are written in articles of different languages"));
      double c = parts.stream().mapToDouble(ConfidenceFactor::value).sum();
      if (c > confidence) {
        confidence = c;
        factors = parts;
      }
      verdicts.add("\"" + s.surface() + "\" (" + String.join(", ", s.articles()) + ") is "
          + (misspelt ? "a likely misspelling" : "a transliteration variant")
          + (foreign ? " in an article of another language" : "")
          + (pairs.isEmpty() ? "" : " (" + String.join(", ", pairs) + ")"));
    }
    if (verdicts.isEmpty()) {
      return List.of();
    }
    List<Position> positions = spellings.stream().map(SpellingComparator::position).toList();
    boolean tie = spellings.get(1).articles().size() == reference.articles().size();
    String explanation = "Sources write one name in " + spellings.size() + " ways. "
        + (tie ? "No spelling has more sources than another; against \"" : "Against the most used, \"")
        + reference.surface() + "\" (" + String.join(", ", reference.articles()) + "), "
        + String.join("; ", verdicts) + ". Case, hyphens, accents and British/American spelling "
        + "are not counted as differences.";
    return List.of(new Finding(ConflictKind.SPELLING, "spelling of " + reference.surface(),
        Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000.0, explanation,
        Optional.empty(), positions, factors));
  }

  /**
   * Spellings that differ only cosmetically word for word ("Kim Min-jae" and "Min-jae Kim")
   * are one position.
   */
  private List<Spelling> mergeCosmetic(List<Spelling> spellings) {
    List<Spelling> out = new ArrayList<>();
    for (Spelling s : spellings) {
      if (sharedShortForm(s, spellings)) {
        continue; // "Gutera" under both "Anselmo Gutera" and "Aselmo Gutera": neither's
      }
      int into = -1;
      for (int i = 0; i < out.size() && into < 0; i++) {
        List<Verdict> v = resolver.spellingVariants(out.get(i).surface(), s.surface());
        if (!v.isEmpty() && v.stream().allMatch(x -> x == Verdict.SAME)
            || shorterForm(out.get(i).surface(), s.surface())
            || NameAligner.sameWithHeadNoun(s.claims(), out.get(i).surface(), resolver)
            || NameAligner.sameWithHeadNoun(out.get(i).claims(), s.surface(), resolver)) {
          into = i;
        }
      }
      if (into < 0) {
        out.add(s);
      } else {
        Spelling t = out.get(into);
        List<NameClaim> claims = new ArrayList<>(t.claims());
        claims.addAll(s.claims());
        Set<String> articles = new java.util.TreeSet<>(t.articles());
        articles.addAll(s.articles());
        // the full name speaks for the position
        String surface = NameNormalizer.nameTokens(s.surface()).size()
            > NameNormalizer.nameTokens(t.surface()).size() ? s.surface() : t.surface();
        out.set(into, new Spelling(surface, claims, articles));
      }
    }
    return out;
  }

  /**
   * Whether a spelling is the last words of two longer spellings that differ in more than
   * cosmetic form: a short form both share, which speaks for neither.
   */
  private boolean sharedShortForm(Spelling s, List<Spelling> spellings) {
    Spelling first = null;
    for (Spelling t : spellings) {
      if (t != s && shorterForm(s.surface(), t.surface())
          && NameNormalizer.nameTokens(t.surface()).size()
              > NameNormalizer.nameTokens(s.surface()).size()) {
        if (first == null) {
          first = t;
        } else if (!resolver.spellingVariants(first.surface(), t.surface()).stream()
            .allMatch(x -> x == Verdict.SAME)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether one name is the other's last words, as written: "Berglund" of "Anna Berglund". */
  private static boolean shorterForm(String a, String b) {
    List<String> x = NameNormalizer.nameTokens(a);
    List<String> y = NameNormalizer.nameTokens(b);
    List<String> s = x.size() < y.size() ? x : y;
    List<String> l = s == x ? y : x;
    return !s.isEmpty() && s.size() < l.size() && l.subList(l.size() - s.size(), l.size()).equals(s);
  }

  /**
   * The word verdicts of a spelling against the reference; a shorter name is compared with the
   * reference's last words ("Kovalchik" against "Daryna Kovalchuk").
   */
  private List<Verdict> verdicts(String reference, String variant) {
    List<String> x = NameNormalizer.nameTokens(reference);
    List<String> y = NameNormalizer.nameTokens(variant);
    if (x.size() == y.size() || x.isEmpty() || y.isEmpty()) {
      return resolver.spellingVariants(reference, variant);
    }
    List<String> s = x.size() < y.size() ? x : y;
    List<String> l = s == x ? y : x;
    String tail = String.join(" ", l.subList(l.size() - s.size(), l.size()));
    List<Verdict> v = resolver.spellingVariants(String.join(" ", s), tail);
    return v.isEmpty() && headReading(reference, variant) ? headVerdicts(s, l) : v;
  }

  /**
   * Whether a name one word shorter than the other is compared with its first words, as a place
   * beside itself with a head noun ("Mutara" beside "Mutiara Airport"), not with its last.
   */
  private boolean headReading(String reference, String variant) {
    List<String> x = NameNormalizer.nameTokens(reference);
    List<String> y = NameNormalizer.nameTokens(variant);
    List<String> s = x.size() < y.size() ? x : y;
    List<String> l = s == x ? y : x;
    if (l.size() != s.size() + 1 || s.isEmpty()) {
      return false;
    }
    return resolver.spellingVariants(String.join(" ", s),
        String.join(" ", l.subList(l.size() - s.size(), l.size()))).isEmpty()
        && !headVerdicts(s, l).isEmpty();
  }

  private List<Verdict> headVerdicts(List<String> s, List<String> l) {
    return resolver.spellingVariants(String.join(" ", s), String.join(" ", l.subList(0, s.size())));
  }

  private static Position position(Spelling s) {
    List<NameClaim> sorted = new ArrayList<>(s.claims());
    sorted.sort(Claim.inTextOrder());
    String value = sorted.stream().map(NameClaim::surface).distinct()
        .collect(Collectors.joining(" / "));
    return new Position(value, String.join(" ", NameNormalizer.cosmeticTokens(s.surface())),
        OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), List.copyOf(s.articles()),
        List.of(), sorted.stream().map(NameClaim::evidence).toList(), s.articles().size());
  }
}
