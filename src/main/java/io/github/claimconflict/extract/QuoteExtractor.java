package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.QuoteClaim;
import io.github.claimconflict.extract.NameReader.Name;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Extracts {@link QuoteClaim}s: words between quotation marks (straight, curly, guillemets), with
 * their speaker. A quote never crosses a line break, so an unmatched mark costs one quote, not the
 * rest of the article; a stray or doubled closing mark (<code>concern.” ”</code>) is ignored.
 *
 * <p>The speaker is, in order: the name after the closing mark with a reporting verb ("...,"
 * said X; "..." X told); the name before a reporting verb that leads into the quote (X, leader
 * of ..., said "..."; X said in a report that "..."), preferring a titled or multi-word name; for
 * a pronoun, the last person named before; and for a quote that follows an attributed one with
 * no attribution of its own, the same speaker.
 */
public final class QuoteExtractor implements ClaimExtractor<QuoteClaim> {

  /** Longer stretches between marks are mismatched marks, not quotes. */
  private static final int MAX_QUOTE = 1500;
  /** How far after a quote an attribution may stand. */
  private static final int AFTER = 120;
  /** How far before a quote its attribution may start. */
  private static final int BEFORE = 300;

  private static final ImmutableSet<String> VERBS =
      ImmutableSet.of("said", "says", "say", "added", "adds", "told", "tells", "stated",
          "declared", "wrote", "writes", "warned", "insisted", "explained", "noted", "asked",
          "replied", "announced", "claimed", "argued", "urged", "continued", "concluded");
  private static final ImmutableSet<String> PRONOUNS =
      ImmutableSet.of("he", "she", "they", "it", "we");

  private static final ImmutableSet<String> CLAUSE_STARTS =
      ImmutableSet.of("that", "which", "who", "whom", "because", "while", "when", "after",
          "before", "but", "and", "as", "if", "since", "although", ";");

  private record Span(int start, int end) {}

  @Override
  public List<QuoteClaim> extract(ArticleText articleText) {
    Article article = articleText.article();
    String text = article.text();
    List<Sentences.Sentence> sentences = articleText.sentences();
    Set<String> capitals = articleText.midSentenceCapitals();
    Boilerplate furniture = articleText.boilerplate();
    List<QuoteClaim> out = new ArrayList<>();
    String lastPerson = null;
    QuoteClaim previous = null;
    int previousEnd = -1;
    int sentenceIndex = 0;
    for (Span q : spans(text)) {
      while (sentenceIndex + 1 < sentences.size() && sentences.get(sentenceIndex).end() <= q.start()) {
        for (Name n : names(articleText.tokens(sentenceIndex), capitals)) {
          if (n.role().isPresent() || n.text().contains(" ")) {
            lastPerson = n.text();
          }
        }
        sentenceIndex++;
      }
      String surface = text.substring(q.start(), q.end()).strip();
      if (surface.split("\\s+").length < 2 || furniture.covers(q.start(), q.end())) {
        continue;
      }
      int start = q.start() + text.substring(q.start(), q.end()).indexOf(surface);
      Sentences.Sentence s = sentenceOf(sentences, sentenceIndex, start);
      Optional<String> speaker = after(text, q, capitals)
          .or(() -> before(text, s, q, capitals));
      if (speaker.isPresent() && PRONOUNS.contains(speaker.get().toLowerCase(java.util.Locale.ROOT))) {
        speaker = Optional.ofNullable(lastPerson);
      }
      if (speaker.isEmpty() && previous != null && previous.speaker().isPresent()
          && start - previousEnd < 200 && !text.substring(previousEnd, start).contains("\n\n")) {
        speaker = previous.speaker(); // the second half of a split quote
      }
      // A quote may run past its first sentence: its evidence is the stretch that holds it whole.
      boolean inside = s.start() <= start && start + surface.length() <= s.end();
      int sentenceStart = inside ? s.start() : Math.min(s.start(), start);
      String sentence = inside ? s.text()
          : text.substring(sentenceStart, Math.max(s.end(), start + surface.length()));
      QuoteClaim claim = new QuoteClaim(
          Evidence.of(article.id(), start, start + surface.length(), sentence, sentenceStart),
          surface, speaker);
      out.add(claim);
      previous = claim;
      previousEnd = q.end();
      if (speaker.isPresent() && speaker.get().contains(" ")) {
        lastPerson = speaker.get();
      }
    }
    return out;
  }

  /** For each character of the text, whether it stands inside quotation marks. */
  public static boolean[] quoted(String text) {
    boolean[] inside = new boolean[text.length()];
    for (Span s : spans(text)) {
      java.util.Arrays.fill(inside, s.start(), s.end(), true);
    }
    return inside;
  }

  /** The spans between matched quotation marks, each within one line. */
  static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        open = -1; // an unclosed quote ends with its line
        continue;
      }
      boolean straight = c == '"';
      boolean opens = c == '\u201c' || c == '\u00ab' || c == '\u201e'
          || straight && open < 0 && (i == 0 || isOpeningContext(text.charAt(i - 1)));
      boolean closes = open >= 0 && (c == '\u201d' || c == '\u00bb'
          || straight && opener == '"' || c == '\u201c' && opener == '\u201e');
      if (closes) {
        if (i - open - 1 <= MAX_QUOTE) {
          out.add(new Span(open + 1, i));
        }
        open = -1;
      } else if (opens) {
        open = i; // a new opening mark before a close restarts the quote
        opener = c;
      }
    }
    return out;
  }

  private static boolean isOpeningContext(char before) {
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014'
        || before == '-' || before == ':' || before == ',';
  }

  /**
   * The last sentence that starts at or before {@code offset}, found from {@code near}, the
   * sentence the quote loop has reached: a step or two, not a scan of the article.
   */
  private static Sentences.Sentence sentenceOf(List<Sentences.Sentence> sentences, int near,
      int offset) {
    int k = near;
    while (k + 1 < sentences.size() && sentences.get(k + 1).start() <= offset) {
      k++;
    }
    while (k > 0 && sentences.get(k).start() > offset) {
      k--;
    }
    return sentences.get(k);
  }

  /** "...," said X / "..." X told / "...", according to X. */
  private static Optional<String> after(String text, Span q, Set<String> capitals) {
    int from = q.end() + 1;
    int to = Math.min(text.length(), from + AFTER);
    int stop = text.indexOf('\n', from);
    if (stop >= 0 && stop < to) {
      to = stop;
    }
    if (from >= to) {
      return Optional.empty();
    }
    List<Token> t = Tokenizer.tokenize(text, from, to);
    int k = 0;
    while (k < t.size() && t.get(k).type() == Token.Type.PUNCT && !t.get(k).is(".")) {
      k++;
    }
    if (k >= t.size()) {
      return Optional.empty();
    }
    if (VERBS.contains(t.get(k).lower()) || t.get(k).is("according")) {
      int from2 = t.get(k).is("according") ? k + 2 : k + 1;
      List<Token> rest = t.subList(Math.min(from2, t.size()), t.size());
      if (!rest.isEmpty() && PRONOUNS.contains(rest.get(0).lower())) {
        return Optional.of(rest.get(0).lower());
      }
      return names(rest, capitals).stream().findFirst().map(Name::text);
    }
    // X said / X told, right after the quote
    for (int i = k; i < t.size() && i < k + 16; i++) {
      if (t.get(i).is(".") || t.get(i).is("\u201c") || t.get(i).is("\"")) {
        break;
      }
      if (VERBS.contains(t.get(i).lower())) {
        List<Token> subject = t.subList(k, i);
        if (subject.size() == 1 && PRONOUNS.contains(subject.get(0).lower())) {
          return Optional.of(subject.get(0).lower());
        }
        return names(subject, capitals).stream().findFirst().map(Name::text);
      }
    }
    return Optional.empty();
  }

  /** X, leader of ..., said: "..." / X said in a report that "...". */
  private static Optional<String> before(String text, Sentences.Sentence s, Span q,
      Set<String> capitals) {
    int to = q.start() - 1;
    if (to <= s.start()) {
      return Optional.empty();
    }
    // The attribution stands close before the quote; a bound keeps long lines linear.
    List<Token> t = Tokenizer.tokenize(text, Math.max(s.start(), to - BEFORE), to);
    for (int i = 0; i + 2 < t.size(); i++) {
      if (t.get(i).is("according") && t.get(i + 1).is("to")) {
        Optional<String> who = names(t.subList(i + 2, t.size()), capitals).stream().findFirst()
            .map(Name::text);
        if (who.isPresent()) {
          return who;
        }
      }
    }
    int verb = -1;
    for (int i = t.size() - 1; i >= 0; i--) {
      if (VERBS.contains(t.get(i).lower())) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return Optional.empty();
    }
    if (verb > 0 && PRONOUNS.contains(t.get(verb - 1).lower())) {
      return Optional.of(t.get(verb - 1).lower());
    }
    // The verb's subject is in its own clause: "... that international monitors said" has none.
    int clause = verb;
    while (clause > 0 && !CLAUSE_STARTS.contains(t.get(clause - 1).lower())) {
      clause--;
    }
    int clauseStart = clause;
    List<Name> names = names(t.subList(0, verb), capitals).stream()
        .filter(n -> n.last() > clauseStart).toList(); // a name may span an "and" of its own
    int v = verb;
    // "..., Thomas Boserup, said": a name set off right before the verb.
    Optional<Name> setOff = names.stream()
        .filter(n -> (n.last() == v || n.last() + 1 == v && t.get(n.last()).is(","))
            && n.first() > 0 && t.get(n.first() - 1).is(","))
        .findFirst();
    // "Katarina Ivanovna, leader of the Reform party, said": the name an apposition follows.
    Optional<Name> apposed = names.stream()
        .filter(n -> n.last() + 1 < v && t.get(n.last()).is(",")
            && t.get(n.last() + 1).isWord() && !t.get(n.last() + 1).isCapitalized())
        .findFirst();
    return setOff.or(() -> apposed)
        .or(() -> names.stream().filter(n -> n.role().isPresent()).findFirst())
        .or(() -> names.stream().filter(n -> n.text().contains(" ")).findFirst())
        .or(() -> names.stream().findFirst())
        .map(Name::text);
  }

  private static List<Name> names(List<Token> t, Set<String> capitals) {
    return NameReader.names(t, capitals);
  }
}
