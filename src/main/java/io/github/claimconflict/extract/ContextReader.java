package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.claim.Distribution;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the context of a claim from its sentence: the names in it, the places and days it names,
 * who it says states the claim, whether it puts the claim at another time, and the distribution
 * words "each" and "together". Lexicons of function words only; no names of anything.
 */
final class ContextReader {

  /**
   * A run of capitalized words, with its token span {@code [first, last)} and the title written
   * before it, if any.
   */
  record Name(String text, int first, int last, java.util.Optional<String> role) {}

  /** Titles and honorifics: written before a name, kept as its role, not part of it. */
  static final ImmutableSet<String> TITLES =
      ImmutableSet.of(
          "president", "minister", "premier", "chancellor", "mr", "mrs", "ms", "dr", "gen",
          "general", "senator", "sen", "rep", "governor", "gov", "king", "queen", "prince",
          "princess", "pope", "mayor", "judge", "ambassador", "secretary", "chairman",
          "chairwoman", "speaker", "sheikh", "emir", "sultan", "lord", "lady", "sir", "colonel",
          "col", "captain", "capt", "sergeant", "lieutenant", "commander", "archbishop", "bishop",
          "rev", "reverend", "professor", "prof", "prosecutor");

  /** Words that make a title only before one: "Prime Minister", "Foreign Minister". */
  private static final ImmutableSet<String> TITLE_PREFIXES =
      ImmutableSet.of("prime", "vice", "deputy", "acting", "foreign", "interior", "defence",
          "defense", "finance", "justice", "health", "attorney", "chief");

  /** Lower-case words that join the parts of one name: "Bank of England", "Ministry for ...". */
  private static final ImmutableSet<String> JOINERS =
      ImmutableSet.of("of", "for", "de", "del", "da", "di", "du", "van", "von", "der", "bin",
          "ibn", "al", "el", "la", "le");

  /** Joiners allowed only in a name that already has one: "Security and Cooperation in Europe". */
  private static final ImmutableSet<String> LATE_JOINERS = ImmutableSet.of("and", "in", "on", "the");

  /** Capitalized words that start sentences and titles without naming anything. */
  static final ImmutableSet<String> NOT_NAMES =
      ImmutableSet.of(
          "the", "a", "an", "in", "on", "at", "of", "for", "to", "by", "with", "from", "and",
          "but", "or", "if", "as", "after", "before", "when", "while", "since", "during", "he",
          "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "this",
          "that", "these", "those", "there", "here", "some", "many", "most", "all", "no", "not",
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "local",
          "later", "late", "early", "earlier", "meanwhile", "however", "also", "then", "yet",
          "still", "now", "more", "less", "about", "around", "over", "under", "police", "officials",
          "thousands", "hundreds", "dozens", "millions", "another", "other", "both", "each",
          "every", "such", "what", "which", "who", "whom", "whose", "where", "why", "how", "so",
          "according", "despite", "although", "though", "only", "just", "even", "follow",
          "related", "read", "watch", "share", "updated", "published", "photo", "video", "image",
          "mr", "mrs", "ms", "dr", "yesterday", "today", "tomorrow", "tonight", "last", "next",
          "new", "former", "some", "several", "nearly", "almost", "among", "amid", "across",
          "preliminary", "violent", "footage", "members", "opposition", "supporters");

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
   * The names in a sentence: runs of capitalized words joined by glued hyphens. A sentence's first
   * word counts only when the article also writes it capitalized in mid-sentence ({@code
   * midSentenceCapitals}), since every sentence starts with a capital.
   */
  static List<Name> names(List<Token> t, Set<String> midSentenceCapitals) {
    List<Name> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int titleStart = -1;
      while (i < t.size() && isTitle(t, i)) {
        titleStart = titleStart < 0 ? i : titleStart;
        i++;
        if (i < t.size() && t.get(i).is(".")) {
          i++;
        }
      }
      // After a title the word is never a sentence's first, so this is the same test.
      if (i >= t.size() || !isNameWord(t, i, midSentenceCapitals)) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder text = new StringBuilder(stripPossessive(t.get(i).text()));
      boolean possessive = hasPossessive(t.get(i).text());
      boolean joined = false;
      int end = i + 1;
      i++;
      while (!possessive && i < t.size()) {
        Token tok = t.get(i);
        if ((tok.is("-") || tok.is("\u2010")) && !tok.spaceBefore() && i + 1 < t.size()
            && t.get(i + 1).isWord() && !t.get(i + 1).spaceBefore()) {
          // "Port-Alder", and "Co-operation" with its lower-case second half
          text.append('-').append(stripPossessive(t.get(i + 1).text()));
          possessive = hasPossessive(t.get(i + 1).text());
          i += 2;
          end = i;
        } else if (tok.isCapitalized() && !NOT_NAMES.contains(lower(tok))
            && !isCalendarWord(tok) && !isTitle(t, i)) {
          text.append(' ').append(stripPossessive(tok.text()));
          possessive = hasPossessive(tok.text());
          i++;
          end = i;
        } else if (tok.isWord() && !tok.isCapitalized()
            && (JOINERS.contains(tok.lower()) || joined && LATE_JOINERS.contains(tok.lower()))
            && joinsNames(t, i)) {
          int k = i;
          while (k < t.size() && t.get(k).isWord() && !t.get(k).isCapitalized()) {
            text.append(' ').append(t.get(k).text());
            k++;
          }
          joined = true;
          i = k;
        } else {
          break;
        }
      }
      String name = text.toString();
      // A trailing joiner is no part of the name: cut back to the last capitalized word.
      while (!name.isEmpty() && Character.isLowerCase(name.charAt(name.lastIndexOf(' ') + 1))) {
        name = name.substring(0, Math.max(0, name.lastIndexOf(' ')));
      }
      i = Math.max(end, start + 1);
      java.util.Optional<String> role = java.util.Optional.empty();
      if (titleStart >= 0) {
        StringBuilder r = new StringBuilder();
        for (int k = titleStart; k < start; k++) {
          if (t.get(k).isWord()) {
            r.append(r.length() == 0 ? "" : " ").append(t.get(k).text());
          }
        }
        role = java.util.Optional.of(r.toString());
      }
      out.add(new Name(name, start, end, role));
    }
    return out;
  }

  private static boolean isTitle(List<Token> t, int i) {
    Token tok = t.get(i);
    if (!tok.isCapitalized()) {
      return false;
    }
    String w = lower(tok);
    return TITLES.contains(w)
        || TITLE_PREFIXES.contains(w) && i + 1 < t.size() && isTitle(t, i + 1);
  }

  /** Whether the lower-case words from {@code i} lead, within two words, to a capitalized one. */
  private static boolean joinsNames(List<Token> t, int i) {
    for (int k = i; k < t.size() && k < i + 3; k++) {
      if (t.get(k).isCapitalized()) {
        return !NOT_NAMES.contains(lower(t.get(k))) && !isCalendarWord(t.get(k));
      }
      if (!t.get(k).isWord() || !(JOINERS.contains(t.get(k).lower())
          || LATE_JOINERS.contains(t.get(k).lower()))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isCalendarWord(Token tok) {
    String w = lower(tok);
    return NumberWords.WEEKDAYS.contains(w) || NumberWords.MONTHS.contains(w);
  }

  /**
   * Whether a sentence is a headline rather than prose: no closing stop, and most of its longer
   * words capitalized. Its capitals say nothing about which words are names.
   */
  static boolean isHeadline(List<Token> t) {
    if (t.isEmpty() || t.get(t.size() - 1).is(".") || t.get(t.size() - 1).is("\"")
        || t.get(t.size() - 1).is("\u201d")) {
      return false;
    }
    int words = 0;
    int capitals = 0;
    for (Token tok : t) {
      if (tok.isWord() && tok.text().length() > 3) {
        words++;
        if (tok.isCapitalized()) {
          capitals++;
        }
      }
    }
    return words >= 3 && capitals * 10 >= words * 6;
  }

  /** The lower-case forms of words capitalized after a sentence's first word. */
  static void collectMidSentenceCapitals(List<Token> t, Set<String> into) {
    for (int i = 1; i < t.size(); i++) {
      Token tok = t.get(i);
      if (tok.isCapitalized() && !t.get(i - 1).is("\"") && !t.get(i - 1).is("\u201c")) {
        into.add(lower(tok));
      }
    }
  }

  private static boolean isNameWord(List<Token> t, int i, Set<String> midSentenceCapitals) {
    Token tok = t.get(i);
    if (!tok.isCapitalized()) {
      return false;
    }
    String w = lower(tok);
    if (NOT_NAMES.contains(w) || isCalendarWord(tok)) {
      return false;
    }
    boolean sentenceStart = i == 0 || (i == 1 && t.get(0).type() == Token.Type.PUNCT);
    return !sentenceStart || midSentenceCapitals.contains(w) || looksNamedAtStart(t, i);
  }

  /**
   * A sentence's first word is a name when what follows only suits a name: another capitalized
   * word ("Novak Sandor followed"), "and" with a name ("Unity and Civic Path"), or an
   * apposition ("Novak, the ruling party", "Petrov, 64,").
   */
  private static boolean looksNamedAtStart(List<Token> t, int i) {
    if (i + 1 >= t.size()) {
      return false;
    }
    Token next = t.get(i + 1);
    if (next.isCapitalized() && !NOT_NAMES.contains(lower(next))) {
      return true;
    }
    if ((next.is("and") || next.is("or")) && i + 2 < t.size() && t.get(i + 2).isCapitalized()
        && !NOT_NAMES.contains(lower(t.get(i + 2)))) {
      return true;
    }
    if (next.is(",") && i + 2 < t.size()) {
      Token after = t.get(i + 2);
      return after.is("the") || after.is("a") || after.is("an") || after.isNumber()
          || (after.isCapitalized() && !NOT_NAMES.contains(lower(after)));
    }
    return false;
  }

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
    return stripPossessive(tok.lower());
  }

  static String stripPossessive(String word) {
    if (hasPossessive(word)) {
      return word.substring(0, word.length() - 2);
    }
    return word;
  }

  private static boolean hasPossessive(String word) {
    return word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s"));
  }
}
