package io.github.claimconflict.extract;

import static io.github.claimconflict.extract.ContextReader.CONTEXT_WINDOW;
import static io.github.claimconflict.extract.ContextReader.isNegator;
import static io.github.claimconflict.extract.ContextReader.lower;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A figure's attribution: who its sentence says states it ("according to X", "X said", "...,
 * said the ministry"), an entity or a role, never a fragment. Lexicons of function words and
 * role nouns only; no names of anything.
 */
final class Attribution {

  static final ImmutableSet<String> REPORTING_VERBS =
      ImmutableSet.of("said", "says", "say", "reported", "reporting", "estimated", "claimed",
          "put", "puts", "announced", "stated", "counted", "tallied", "confirmed", "estimates",
          "reports", "confirms", "announces", "claims", "told", "tells", "counts");

  /** Words that end the noun phrase before a reporting verb. */
  private static final ImmutableSet<String> CLAUSE_WORDS =
      ImmutableSet.of("that", "and", "with", "as", "but", "while", "which", "who", "after",
          "when", "where", "because", "if", "than");

  private static final ImmutableSet<String> PRONOUNS =
      ImmutableSet.of("he", "she", "they", "it", "we", "i", "you", "who", "which", "that");

  /** Phrases that cite a source before it: "according to X". */
  private static final PhraseMatcher<Boolean> CITING =
      PhraseMatcher.<Boolean>builder().add("according to", true).build();

  private Attribution() {}

  /**
   * Who the sentence says states the figure: "according to X", "X said", "X estimates put",
   * "..., X said." Pronouns give none, since the person is named elsewhere.
   */
  static Optional<String> claimant(List<Token> t, int first, int last) {
    int from = Math.max(0, first - CONTEXT_WINDOW);
    int to = Math.min(t.size(), last + CONTEXT_WINDOW);
    // "42,000 according to the city police; 90,000 according to organisers": a citation right
    // after the figure is its own; one right after another figure is that figure's.
    int best = -1;
    for (int i = from; i + 1 < to; i++) {
      if (!CITING.startingAt(t, i).isEmpty()) {
        boolean own = i >= last && i <= last + 1;
        boolean another = !own && i > 0 && (t.get(i - 1).isNumber()
            || i > 1 && t.get(i - 2).isNumber() && t.get(i - 1).isWord());
        if (own) {
          best = i;
          break;
        }
        if (!another && (best < 0 || Math.abs(i - first) < Math.abs(best - first))) {
          best = i;
        }
      }
    }
    if (best >= 0) {
      Optional<String> who = phrase(t, best + 2, to, true);
      if (who.isPresent()) {
        return who;
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
          || t.get(i + 1).is("?") || participleTail(t, i + 1);
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
      for (int k = end - 2; k > 0 && k >= verb - APPOSITION; k--) {
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
      return Optional.empty(); // "371 miners confirmed dead": counted, not claiming
    }
    Optional<String> before = phrase(t, start, end, false);
    if (before.isPresent() || start != end) {
      return before;
    }
    if (t.get(verb).is("told") || t.get(verb).is("tells")) {
      return Optional.empty(); // "told the Daily Courier that ...": whom it was told, not who told it
    }
    // "..., said the ministry": the claimant follows the verb.
    return phrase(t, verb + 1, t.size(), true);
  }

  /**
   * ", police said, citing hospital records", "..., a union said, based on reports": a
   * participle after the closing verb only tells how the claimant knows; the verb still closes
   * the figure's clause.
   */
  private static boolean participleTail(List<Token> t, int i) {
    if (i + 1 >= t.size() || !t.get(i).is(",")) {
      return false;
    }
    String w = t.get(i + 1).lower();
    return w.equals("based") || w.equals("citing") || w.equals("quoting")
        || w.equals("according") || w.equals("adding");
  }

  /**
   * How many tokens an apposition between a claimant and its verb may have: "Ivan Orlov, deputy
   * head of the regional crisis management centre, told".
   */
  private static final int APPOSITION = 12;

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
}
