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

  /** Nouns that make "of X" a place: "the city of X", "the province of X". */
  private static final ImmutableSet<String> PLACE_NOUNS =
      ImmutableSet.of("city", "town", "village", "province", "region", "state", "district",
          "island", "port", "capital", "county", "municipality", "suburb", "outskirts");

  private static final ImmutableSet<String> REPORTING_VERBS =
      ImmutableSet.of("said", "says", "say", "reported", "reporting", "estimated", "claimed",
          "put", "puts", "announced", "stated", "counted", "tallied", "confirmed", "estimates",
          "reports", "confirms", "announces", "claims", "told", "tells", "counts");

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
        if (LOCATIVES.contains(tok.lower())
            || tok.is("of") && p > 0 && PLACE_NOUNS.contains(t.get(p - 1).lower())) {
          // "in Riverton", and "the coastal city of Riverton"
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
    int[] clause = clause(t, first, last);
    int from = clause[0];
    int to = clause[1];
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
      if ((a.equals("in") || a.equals("since") || a.equals("until")) && FigureVeto.isYear(t.get(i + 1))
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
      if (REPORTING_VERBS.contains(t.get(i).lower()) && !describes(t, i)) {
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
    int end = verb;
    if (end > 1 && t.get(end - 1).is(",")) {
      // "the eastern administration, based in Benghazi, estimates": past the apposition.
      for (int k = end - 2; k > 0 && k >= verb - 8; k--) {
        if (t.get(k).is(",")) {
          end = k;
          break;
        }
      }
    }
    int start = end;
    while (start > 0 && start > end - 6 && t.get(start - 1).isWord()
        && !CLAUSE_WORDS.contains(t.get(start - 1).lower())) {
      start--;
    }
    if (start > 0 && t.get(start - 1).isNumber()) {
      return Optional.empty(); // "284 workers confirmed dead": counted, not claiming
    }
    Optional<String> before = phrase(t, start, end, false);
    if (before.isPresent() || start != end) {
      return before;
    }
    // "..., said the ministry": the claimant follows the verb.
    return phrase(t, verb + 1, t.size(), true);
  }

  private static Optional<String> phrase(List<Token> t, int from, int to, boolean forward) {
    List<Token> words = new java.util.ArrayList<>();
    for (int i = from; i < to && words.size() < 6; i++) {
      Token tok = t.get(i);
      if (!tok.isWord()) {
        if (forward) {
          break;
        }
        continue;
      }
      if (forward && !words.isEmpty() && !tok.isCapitalized()
          && REPORTING_VERBS.contains(tok.lower())) {
        break;
      }
      words.add(tok);
    }
    return claimantOf(words, t.get(0));
  }

  /** Words around a claimant that are not part of it: "the", "had", "also", "initially". */
  private static final ImmutableSet<String> CLAIMANT_LEAD =
      ImmutableSet.of("the", "a", "an", "estimates", "estimate", "figures", "figure", "data",
          "reports", "report", "based", "on", "of", "by", "from", "latest", "and", "but", "while",
          "in", "at",
          "that", "initial", "earlier", "previous");
  private static final ImmutableSet<String> CLAIMANT_TRAIL =
      ImmutableSet.of("had", "has", "have", "also", "previously", "initially", "earlier", "now",
          "later", "first", "then", "still", "already", "in", "of", "on", "at", "for", "to",
          "there", "here", "just", "again", "would", "will", "could", "were", "was", "is", "are",
          "be", "originally", "separately", "officially", "publicly", "today", "yesterday",
          "tonight", "finally", "themselves", "itself", "and", "the");

  /**
   * Nouns that name a role able to state a figure; a claimant in lower case must end in one
   * ("police", "the health ministry", "local media"), while a capitalized one is an entity.
   */
  private static final ImmutableSet<String> ROLES =
      ImmutableSet.of("police", "officials", "official", "authorities", "authority", "ministry",
          "minister", "government", "agency", "agencies", "organisers", "organizers", "organiser",
          "organizer", "spokesman", "spokeswoman", "spokesperson", "media", "council",
          "committee", "commission", "office", "service", "services", "department", "army",
          "military", "guard", "company", "operator", "owner", "owners", "governor", "mayor",
          "president", "chief", "head", "director", "team", "teams", "witnesses", "doctors",
          "hospital", "hospitals", "officers", "rescuers", "volunteers", "group", "groups",
          "observers", "monitors", "union", "unions", "opposition", "administration", "outlets",
          "outlet", "television", "tv", "radio", "newspaper", "broadcaster", "agencies",
          "sources", "source", "residents", "workers", "survivors", "experts", "analysts",
          "activists", "campaigners", "prosecutors", "court", "judge", "lawyers", "lawyer",
          "prosecutor", "coroner", "firm", "employer", "embassy", "consulate", "envoy",
          "envoys", "ambassador", "secretary", "commissioner", "inspector", "officer",
          "superintendent", "commander", "general", "premier", "chancellor", "leader",
          "leaders", "mission", "observers", "count", "tally", "census", "poll", "survey");

  /**
   * The claimant named by {@code words}, or empty: an entity (a capitalized word) or a role, with
   * the words around it that are not part of it dropped, never a fragment ("his clothes", "that
   * nearly") or a negated statement ("have not confirmed"). Capitalization is kept.
   */
  static Optional<String> claimantOf(List<Token> words, Token sentenceStart) {
    int from = 0;
    int to = words.size();
    for (Token w : words) {
      if (isNegator(w)) {
        return Optional.empty();
      }
    }
    boolean definite = false;
    while (from < to && CLAIMANT_LEAD.contains(words.get(from).lower())) {
      definite |= words.get(from).lower().equals("the");
      from++;
    }
    while (to > from && CLAIMANT_TRAIL.contains(words.get(to - 1).lower())) {
      to--;
    }
    if (from >= to) {
      return Optional.empty();
    }
    boolean entity = false;
    for (int i = from; i < to; i++) {
      // A sentence's first word is capitalized whoever it is: it makes no entity.
      if (words.get(i).isCapitalized() && words.get(i) != sentenceStart
          && !PRONOUNS.contains(words.get(i).lower())) {
        entity = true;
      }
    }
    String last = lower(words.get(to - 1));
    // A role: a known role noun, or a short definite subject of the report ("the civil
    // defence said").
    boolean role = ROLES.contains(last) || definite && to - from <= 3;
    if (!entity && !role) {
      return Optional.empty();
    }
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      Token w = words.get(i);
      b.append(stripPossessive(w == sentenceStart && !entity ? w.lower() : w.text()));
    }
    String s = b.toString();
    if (PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private static String stripPossessive(String w) {
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("'") || w.endsWith("\u2019")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "confirmed dead", "reported missing": the verb describes the counted, it reports nothing. */
  private static boolean describes(List<Token> t, int verb) {
    if (verb + 1 >= t.size()) {
      return false;
    }
    String next = t.get(verb + 1).lower();
    return next.equals("dead") || next.equals("killed") || next.equals("missing")
        || next.equals("injured") || next.equals("alive") || next.equals("died")
        || next.equals("wounded") || next.equals("trapped");
  }

  /** Words that make a report an earlier one: "had said", "initially", "previously". */
  private static final ImmutableSet<String> EARLIER =
      ImmutableSet.of("initially", "previously", "originally", "earlier", "first");

  /**
   * Whether the figure's clause reports it as an earlier report: a reporting verb in the past
   * perfect ("the agency had said", "had estimated on Saturday"), or "initially", "previously",
   * "originally" beside a verb ("was initially jailed for four years", "previously reported").
   */
  static boolean earlierReport(List<Token> t, int first, int last) {
    int[] c = clause(t, first, last);
    for (int i = c[0]; i < c[1]; i++) {
      if (i >= first && i < last) {
        continue;
      }
      String w = t.get(i).lower();
      if (w.equals("had") && i + 1 < t.size()) {
        for (int k = i + 1; k < Math.min(t.size(), i + 3); k++) {
          String v = t.get(k).lower();
          if (v.equals("been")) {
            break; // "had been counted" states a status, it reports nothing earlier
          }
          if (REPORTING_VERBS.contains(v) || v.equals("estimated") || v.equals("given")
              || v.equals("reported") || v.equals("forecast")) {
            return true;
          }
        }
      }
      if (EARLIER.contains(w) && !w.equals("earlier") && !w.equals("first")) {
        return true;
      }
      if ((w.equals("earlier") || w.equals("first")) && i + 1 < t.size()
          && (REPORTING_VERBS.contains(t.get(i + 1).lower())
              || t.get(i + 1).lower().equals("reported"))) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a tally an estimate of its final figure: "could reach", "feared dead". */
  private static final ImmutableSet<String> PROJECTING =
      ImmutableSet.of("could", "might", "may", "would", "likely", "probably", "possibly",
          "expected", "feared", "fear", "fears", "estimate", "estimates", "projected",
          "predicted", "forecast", "closer");

  /**
   * Whether the figure's clause projects a tally rather than counts it ("the toll could reach
   * 20,000", "20,000 feared dead", "likely closer to 2,500"): an estimate of the final figure
   * is not set against a running count.
   */
  static boolean projected(List<Token> t, int first, int last) {
    // The whole sentence, within the window: "based on their estimate, 10,000 died".
    int from = Math.max(0, first - CONTEXT_WINDOW);
    int to = Math.min(t.size(), last + CONTEXT_WINDOW);
    for (int i = from; i < to; i++) {
      if ((i < first || i >= last) && PROJECTING.contains(t.get(i).lower())
          && !reportsAsVerb(t, i)) {
        return true;
      }
    }
    return false;
  }

  /** Words that make any figure a possibility, not a fact: "could be sentenced to 100 years". */
  private static final ImmutableSet<String> MODAL =
      ImmutableSet.of("could", "might", "may", "would", "if", "expected", "likely", "faces",
          "face", "facing");

  /**
   * Whether the figure's own clause states it as a possibility ("could be sentenced to more
   * than 100 years", "the rally is expected to draw 5,000"): a hypothetical or expected figure
   * is compared only with others of its kind.
   */
  static boolean hypothetical(List<Token> t, int first, int last) {
    int[] c = clause(t, first, last);
    for (int i = c[0]; i < c[1]; i++) {
      if ((i < first || i >= last) && MODAL.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Plural places a total may span: "in some 30 cities", "at campaign events". */
  private static final ImmutableSet<String> PLACES_PLURAL =
      ImmutableSet.of("cities", "towns", "villages", "provinces", "regions", "districts",
          "countries", "states", "locations", "sites", "events", "rallies", "venues",
          "municipalities", "communities", "neighbourhoods", "neighborhoods", "areas");

  /**
   * Whether the figure's clause gives it a scope wider than one place: "nationwide",
   * "worldwide", "across the country", "in some 30 cities", "at recent campaign events". Such
   * a total is no one place's count.
   */
  static boolean wideScope(List<Token> t, int first, int last) {
    int[] c = clause(t, first, last);
    for (int i = c[0]; i < c[1]; i++) {
      if (i >= first && i < last) {
        continue;
      }
      String w = t.get(i).lower();
      if (w.equals("nationwide") || w.equals("worldwide") || w.equals("countrywide")
          || w.equals("globally") || (w.equals("across") && i + 2 < t.size()
              && t.get(i + 1).is("the") && (t.get(i + 2).is("country")
                  || t.get(i + 2).is("nation") || t.get(i + 2).is("world")))) {
        return true;
      }
      if (LOCATIVES.contains(w)) {
        for (int k = i + 1; k < Math.min(c[1], i + 5); k++) {
          if (PLACES_PLURAL.contains(t.get(k).lower())) {
            return true;
          }
          if (!t.get(k).isWord() && !t.get(k).isNumber()) {
            break;
          }
        }
      }
    }
    return false;
  }

  /** "the administration estimates that 3,000 are dead" reports a count; "their estimate" not. */
  private static boolean reportsAsVerb(List<Token> t, int i) {
    String w = t.get(i).lower();
    return (w.equals("estimate") || w.equals("estimates")) && i + 1 < t.size()
        && (t.get(i + 1).is("that") || t.get(i + 1).isNumber());
  }

  /** Verbs that change a figure already given: "reduced the sentence to two years". */
  private static final ImmutableSet<String> REVISING =
      ImmutableSet.of("reduced", "reduces", "reduce", "halved", "halves", "commuted", "commutes",
          "cut", "cuts", "lowered", "lowers", "raised", "raises", "increased", "increases",
          "extended", "extends", "revised", "revises", "pardoned", "upgraded", "downgraded",
          "amended", "changed", "adjusted", "corrected");

  /**
   * Whether the figure is the new value of a change ("reduced the sentence to two years",
   * "halved to two years"): a revised figure, not the one first given.
   */
  static boolean revised(List<Token> t, int first, int last) {
    if (first == 0 || !t.get(first - 1).is("to")) {
      return false;
    }
    int[] c = clause(t, first, last);
    for (int i = Math.max(c[0], first - 12); i < first - 1; i++) {
      if (REVISING.contains(t.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The figure's clause: up to the commas or semicolons around it, within the window. */
  private static int[] clause(List<Token> t, int first, int last) {
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
    return new int[] {from, to};
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
