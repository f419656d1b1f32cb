package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Distribution;
import io.github.claimconflict.extract.NameReader.Name;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the context of a claim from its sentence: the places and days it names (over the names
 * {@link NameReader} finds), who it says states the claim, whether it puts the claim at another time, and the distribution
 * words "each" and "together". Lexicons of function words only; no names of anything.
 */
final class ContextReader {


  private static final ImmutableSet<String> LOCATIVES =
      ImmutableSet.of("in", "at", "into", "outside", "near", "inside", "across", "throughout",
          "towards", "toward", "onto", "beside", "opposite", "through", "filled");

  private static final ImmutableSet<String> REPORTING_VERBS =
      ImmutableSet.of("said", "says", "say", "reported", "reporting", "estimated", "claimed",
          "put", "puts", "announced", "stated", "counted", "tallied", "confirmed");

  /** Words that end the noun phrase before a reporting verb. */
  private static final ImmutableSet<String> CLAUSE_WORDS =
      ImmutableSet.of("that", "and", "with", "as", "but", "while", "which", "who", "after",
          "when", "where", "because", "if", "than");

  private static final ImmutableSet<String> PRONOUNS =
      ImmutableSet.of("he", "she", "they", "it", "we", "i", "you", "who", "which", "that");

  private static final ImmutableSet<String> NEGATORS =
      ImmutableSet.of("not", "never", "unlikely", "failed", "fail", "fails", "no", "without",
          "nor", "neither", "unable");

  private static final ImmutableSet<String> BOUNDARIES =
      ImmutableSet.of(",", ";", ":", "(", ")", "\"", "\u201c", "\u201d", "\u2014", "\u2013", "[",
          "]", "?", "!");

  /**
   * How many tokens either side of a figure its time anchor and claimant may stand: they belong
   * to its clause, and a bound keeps one huge unpunctuated "sentence" linear.
   */
  static final int CONTEXT_WINDOW = 25;

  private ContextReader() {}

  /**
   * Lower-case names that follow a locative preposition within a few words: "in the capital
   * Riverton's Alder-Ness square" gives {@code riverton} and {@code alder-ness}.
   */
  static Set<String> places(List<Token> t, List<Name> names) {
    Set<String> out = new LinkedHashSet<>();
    for (Name n : names) {
      for (int p = n.first() - 1; p >= 0 && p >= n.first() - 5; p--) {
        Token tok = t.get(p);
        if (tok.type() == Token.Type.PUNCT && !tok.is("-") || tok.isNumber()) {
          break;
        }
        if (LOCATIVES.contains(tok.lower())) {
          out.add(n.text().toLowerCase(Locale.ROOT));
          break;
        }
      }
    }
    return out;
  }

  /**
   * The days of the week named in the figure's own clause (between the commas or semicolons
   * around {@code [first, last)}), lower-case: in "the governor toured the town on Monday, a day
   * after the storm killed 14", Monday is not the day of the deaths.
   */
  static Set<String> days(List<Token> t, int first, int last) {
    // Bounded by the context window too, so a page with no commas stays linear.
    int from = first;
    while (from > 0 && first - from < CONTEXT_WINDOW && !t.get(from - 1).is(",")
        && !t.get(from - 1).is(";")) {
      from--;
    }
    int to = last;
    while (to < t.size() && to - last < CONTEXT_WINDOW && !t.get(to).is(",")
        && !t.get(to).is(";")) {
      to++;
    }
    Set<String> out = new LinkedHashSet<>();
    for (int i = from; i < to; i++) {
      String w = lower(t.get(i));
      if (NumberWords.WEEKDAYS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * A phrase that puts the figure at another time than the article's event ("last year", "a year
   * ago", "in 2017"), outside the figure's own tokens {@code [first, last)}.
   */
  static Optional<String> anchor(List<Token> t, int first, int last) {
    int from = Math.max(0, first - CONTEXT_WINDOW);
    int to = Math.min(t.size(), last + CONTEXT_WINDOW);
    for (int i = from; i + 1 < to; i++) {
      if (i >= first && i < last) {
        continue;
      }
      String a = t.get(i).lower();
      String b = t.get(i + 1).lower();
      if ((a.equals("last") || a.equals("previous") || a.equals("past"))
          && (b.equals("year") || b.equals("month") || b.equals("week") || b.equals("election")
              || b.equals("decade"))) {
        return Optional.of(a + " " + b);
      }
      if ((b.equals("ago")) && (t.get(i).isNumber() || a.equals("years") || a.equals("year")
          || a.equals("months") || a.equals("weeks") || a.equals("decades"))) {
        return Optional.of(a + " " + b);
      }
      if ((a.equals("in") || a.equals("since") || a.equals("until")) && QuantityParser.isYear(t.get(i + 1))
          && (i + 1 < first || i + 1 >= last)) {
        return Optional.of(a + " " + t.get(i + 1).text());
      }
    }
    return Optional.empty();
  }

  /** "each"/"apiece" or "together"/"combined"/"between them" near the figure. */
  static Distribution distribution(List<Token> t, int first, int last) {
    int from = Math.max(0, first - 8);
    int to = Math.min(t.size(), last + 4);
    for (int i = from; i < to; i++) {
      String w = t.get(i).lower();
      if (w.equals("each") || w.equals("apiece")) {
        return Distribution.EACH;
      }
      if (w.equals("together") || w.equals("combined") || w.equals("jointly")
          || (w.equals("between") && i + 1 < t.size() && t.get(i + 1).is("them"))) {
        return Distribution.TOGETHER;
      }
    }
    return Distribution.NONE;
  }

  /**
   * Who the sentence says states the figure: "according to X", "X said", "X estimates put",
   * "..., X said." Pronouns give none, since the person is named elsewhere.
   */
  static Optional<String> claimant(List<Token> t, int first, int last) {
    int from = Math.max(0, first - CONTEXT_WINDOW);
    int to = Math.min(t.size(), last + CONTEXT_WINDOW);
    for (int i = from; i + 1 < to; i++) {
      if (t.get(i).is("according") && t.get(i + 1).is("to")) {
        Optional<String> who = phrase(t, i + 2, to, true);
        if (who.isPresent()) {
          return who;
        }
      }
    }
    // The nearest reporting verb before the figure; after it, only a closing ", police said."
    int verb = -1;
    for (int i = first - 1; i >= from && verb < 0; i--) {
      if (REPORTING_VERBS.contains(t.get(i).lower())) {
        verb = i;
      }
    }
    for (int i = last; i < to && verb < 0; i++) {
      boolean closes = i + 1 >= t.size() || t.get(i + 1).is(".") || t.get(i + 1).is("!")
          || t.get(i + 1).is("?");
      if (REPORTING_VERBS.contains(t.get(i).lower()) && closes) {
        verb = i;
      }
    }
    if (verb < 0) {
      return Optional.empty();
    }
    int start = verb;
    while (start > 0 && start > verb - 6 && t.get(start - 1).isWord()
        && !CLAUSE_WORDS.contains(t.get(start - 1).lower())) {
      start--;
    }
    Optional<String> before = phrase(t, start, verb, false);
    if (before.isPresent() || start != verb) {
      return before;
    }
    // "..., said the ministry": the claimant follows the verb.
    return phrase(t, verb + 1, t.size(), true);
  }

  private static Optional<String> phrase(List<Token> t, int from, int to, boolean forward) {
    StringBuilder b = new StringBuilder();
    int words = 0;
    for (int i = from; i < to && words < 6; i++) {
      Token tok = t.get(i);
      if (!tok.isWord()) {
        if (forward) {
          break;
        }
        continue;
      }
      String w = lower(tok);
      if (b.length() == 0 && (w.equals("the") || w.equals("a") || w.equals("an"))) {
        continue;
      }
      if (forward && words > 0 && !tok.isCapitalized() && REPORTING_VERBS.contains(w)) {
        break;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w);
      words++;
    }
    String s = b.toString();
    if (s.isEmpty() || PRONOUNS.contains(s)) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  static boolean isNegator(Token tok) {
    return NEGATORS.contains(tok.lower()) || tok.lower().endsWith("n't");
  }

  static boolean isBoundary(Token tok) {
    return BOUNDARIES.contains(tok.text());
  }

  static String lower(Token tok) {
    return NameReader.stripPossessive(tok.lower());
  }
}
