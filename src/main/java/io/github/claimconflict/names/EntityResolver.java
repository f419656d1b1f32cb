package io.github.claimconflict.names;

import static java.util.Objects.requireNonNull;

import io.github.claimconflict.names.NameMatcher.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether two names name one entity, word by word, through a {@link NameMatcher} and the
 * user's {@link KnownNames}. Names of the same length align word for word ("Katarina Ivanovna"
 * and "Catarina Iwanowna"); a shorter name matches a longer one when its words match the longer
 * name's in order ("Petrov" and "Ivan Petrov"), which is how subjects of figures
 * resolve. "Oleg Petrov" and "Ivan Petrov" differ in a word, so they are two people;
 * "Georgia" and "Georgian Dream" differ in length, so as spellings they are two entities.
 */
public final class EntityResolver {

  private final NameMatcher matcher;
  private final KnownNames known;

  public EntityResolver(NameMatcher matcher, KnownNames known) {
    this.matcher = requireNonNull(matcher, "matcher");
    this.known = requireNonNull(known, "known");
  }

  public EntityResolver() {
    this(new SpellingMatcher(), KnownNames.none());
  }

  public NameMatcher matcher() {
    return matcher;
  }

  public KnownNames known() {
    return known;
  }

  /**
   * The word-by-word verdicts of two names of the same length, or empty when they are not the
   * same entity. At most one word may be a misspelling: two misspelt words make another name.
   */
  public List<Verdict> spellingVariants(String a, String b) {
    if (known.distinct(a, b)) {
      return List.of();
    }
    if (NameNormalizer.cosmeticKey(a).equals(NameNormalizer.cosmeticKey(b)) || known.aliases(a, b)) {
      return List.of(Verdict.SAME);
    }
    List<String> x = NameNormalizer.cosmeticTokens(a);
    List<String> y = NameNormalizer.cosmeticTokens(b);
    if (x.size() != y.size() || x.isEmpty()) {
      return List.of();
    }
    List<Verdict> out = new ArrayList<>(x.size());
    int misspelt = 0;
    for (int i = 0; i < x.size(); i++) {
      Verdict v = matcher.compare(x.get(i), y.get(i));
      if (!v.sameName()) {
        return List.of();
      }
      if (v == Verdict.MISSPELLING) {
        misspelt++;
      }
      out.add(v);
    }
    return misspelt > 1 ? List.of() : out;
  }

  /** Whether two names, of any lengths, name one entity: the shorter's words match in order. */
  public boolean sameEntity(String a, String b) {
    if (known.distinct(a, b)) {
      return false;
    }
    if (!spellingVariants(a, b).isEmpty()) {
      return true;
    }
    List<String> x = NameNormalizer.cosmeticTokens(a);
    List<String> y = NameNormalizer.cosmeticTokens(b);
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    if (shorter.isEmpty()) {
      return false;
    }
    int k = 0;
    for (String w : longer) {
      if (k < shorter.size() && matcher.compare(shorter.get(k), w).sameName()) {
        k++;
      }
    }
    return k == shorter.size();
  }
}
