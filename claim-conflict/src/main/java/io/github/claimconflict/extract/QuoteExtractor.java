package io.github.claimconflict.extract;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.Article;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.QuoteClaim;
import io.github.claimconflict.extract.NameReader.Name;
import io.github.claimconflict.text.QuoteWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Extracts {@link QuoteClaim}s: words between quotation marks (straight, curly, guillemets), with
 * their speaker. A quote never crosses a paragraph, so an unmatched mark costs one quote, not the
 * rest of the article; a line break inside a sentence of a page wrapped at a fixed width is no
 * paragraph. A stray or doubled closing mark (<code>concern.” ”</code>) is ignored.
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

  private static final ImmutableSet<String> VERBS = QuoteWords.REPORTING_VERBS;
  /** Words after which a name is an object, not the subject of the verb that follows. */
  private static final ImmutableSet<String> PREPOSITIONS =
      ImmutableSet.of("of", "in", "at", "from", "for", "to", "by", "with", "on", "near");
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
    Map<String, String> people = new HashMap<>(); // a surname to the full name it stands for
    Map<String, Integer> mentions = new HashMap<>(); // how often each person was named so far
    List<Titled> titled = new ArrayList<>(); // persons named with a title, in order
    QuoteClaim previous = null;
    int previousEnd = -1;
    int sentenceIndex = 0;
    for (Span q : spans(text)) {
      while (sentenceIndex + 1 < sentences.size() && sentences.get(sentenceIndex).end() <= q.start()) {
        List<Name> read = articleText.names(sentenceIndex);
        count(read, people, mentions);
        titles(read, articleText.tokens(sentenceIndex), titled);
        lastPerson = lastPerson(read, people).orElse(lastPerson);
        sentenceIndex++;
      }
      String surface = text.substring(q.start(), q.end()).strip();
      if (surface.split("\\s+").length < 2 || furniture.covers(q.start(), q.end())
          || !closed(text, q) && QuoteWords.contentWords(surface).isEmpty()) {
        continue; // a word, page furniture, or small words a cut page left ("As the")
      }
      int start = q.start() + text.substring(q.start(), q.end()).indexOf(surface);
      Sentences.Sentence s = sentenceOf(sentences, sentenceIndex, start);
      Optional<String> speaker = after(text, q, capitals)
          .or(() -> before(text, s, q, capitals));
      String lastP = lastPerson;
      if (speaker.isPresent() && speaker.get().startsWith(DESCRIBED)) {
        // "warned the premier": the last person the article named with that title.
        speaker = holder(speaker.get().substring(DESCRIBED.length()), titled);
      }
      if (speaker.isPresent() && PRONOUNS.contains(speaker.get().toLowerCase(java.util.Locale.ROOT))) {
        // "he" is the last person named: in this sentence before the quote, or earlier.
        int from = Math.max(s.start(), q.start() - BEFORE);
        List<Token> lead = from < q.start() ? Tokenizer.tokenize(text, from, q.start()) : List.of();
        speaker = lastPerson(names(lead, capitals), people)
            .or(() -> describedIntroducer(text, q, capitals, people, mentions))
            .or(() -> Optional.ofNullable(lastP));
      }
      if (speaker.isEmpty() && previous != null && previous.speaker().isPresent()
          && start - previousEnd < 200 && !text.substring(previousEnd, start).contains("\n\n")) {
        speaker = previous.speaker(); // the second half of a split quote
      }
      if (speaker.isEmpty()) {
        // A paragraph that is a quote of no attribution goes on with the speaker the paragraph
        // before reported: news style for a statement quoted over several paragraphs.
        speaker = reportedBefore(text, q, sentences, sentenceIndex, previous, capitals)
            .flatMap(who -> PRONOUNS.contains(who.toLowerCase(java.util.Locale.ROOT))
                ? Optional.ofNullable(lastP) : Optional.of(who));
      }
      // A quote may run past its first sentence: its evidence is the stretch that holds it whole.
      boolean inside = s.start() <= start && start + surface.length() <= s.end();
      int sentenceStart = inside ? s.start() : Math.min(s.start(), start);
      // ... up to the end of the sentence it ends in, which holds its attribution.
      int sentenceEnd = Math.max(s.end(), start + surface.length());
      if (!inside) {
        Sentences.Sentence last = sentenceOf(sentences, sentenceIndex, start + surface.length());
        if (last.end() > sentenceEnd && last.end() - sentenceStart <= Evidence.MAX_SENTENCE) {
          sentenceEnd = last.end();
        }
      }
      String sentence = inside ? s.text() : text.substring(sentenceStart, sentenceEnd);
      QuoteClaim claim = new QuoteClaim(
          Evidence.of(article.id(), start, start + surface.length(), sentence, sentenceStart),
          surface, speaker);
      out.add(claim);
      previous = claim;
      previousEnd = q.end();
      if (speaker.isPresent() && speaker.get().contains(" ") && isPerson(speaker.get())) {
        lastPerson = speaker.get();
        remember(speaker.get(), people);
      }
    }
    return out;
  }

  /**
   * The last person of some names: a name with a title or of two words or more, or a surname
   * alone of a person named before ("Korolenko" after "Irina Korolenko"); a person named with a
   * title before any named without ("Prime Minister Berg said that ... the Holy Prophet").
   */
  private static Optional<String> lastPerson(List<Name> names, Map<String, String> people) {
    String person = null;
    String titled = null;
    for (Name n : names) {
      if (n.role().isPresent()) {
        titled = n.text();
        person = titled;
        remember(person, people);
      } else if (n.text().contains(" ") && isPerson(n.text())) {
        person = n.text();
        remember(person, people);
      } else {
        String full = people.get(surname(n.text()));
        if (full != null) {
          person = full;
        }
      }
    }
    return Optional.ofNullable(titled != null ? titled : person);
  }

  /** Counts each person's mentions, a surname alone counting for the full name it stands for. */
  private static void count(List<Name> names, Map<String, String> people,
      Map<String, Integer> mentions) {
    for (Name n : names) {
      String full = n.text().contains(" ") || n.role().isPresent() ? n.text()
          : people.get(surname(n.text()));
      if (full != null && isPerson(full)) {
        remember(full, people);
        mentions.merge(surname(full), 1, Integer::sum);
      }
    }
  }

  /**
   * For a quote that opens its paragraph after a paragraph ending in a colon, attributed only by
   * a pronoun: the colon's sentence introduces it, and when that sentence names no one but
   * describes its subject ("the presidential hopeful has addressed the nation:"), the pronoun is
   * the article's main person, the one named most so far, not the last person named (often the
   * speaker of the quote before, a bystander).
   */
  private static Optional<String> describedIntroducer(String text, Span q, Set<String> capitals,
      Map<String, String> people, Map<String, Integer> mentions) {
    int p = q.start() - 1;
    while (p >= 0 && (text.charAt(p) == '"' || text.charAt(p) == '\u201c'
        || text.charAt(p) == '\u201e' || text.charAt(p) == '\u00ab')) {
      p--;
    }
    int breaks = 0;
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      if (text.charAt(p) == '\n') {
        breaks++;
      }
      p--;
    }
    if (breaks == 0 || p < 0 || text.charAt(p) != ':') {
      return Optional.empty();
    }
    int from = p;
    while (from > 0 && !isSentenceEnd(text.charAt(from - 1)) && text.charAt(from - 1) != '\n'
        && p - from < BEFORE) {
      from--;
    }
    List<Token> t = Tokenizer.tokenize(text, from, p);
    boolean definite = false;
    for (int k = 0; k + 1 < t.size(); k++) {
      if (PRONOUNS.contains(t.get(k).lower())) {
        return Optional.empty(); // "he spoke to the crowd:" goes on with the person before
      }
      if (t.get(k).lower().equals("the") && t.get(k + 1).isWord()
          && !t.get(k + 1).isCapitalized()) {
        definite = true;
        break;
      }
    }
    boolean namesPerson = names(t, capitals).stream().anyMatch(n -> n.role().isPresent()
        || n.text().contains(" ") || people.containsKey(surname(n.text())));
    if (!definite || namesPerson) {
      return Optional.empty();
    }
    return mentions.entrySet().stream()
        .max(java.util.Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(e -> people.get(e.getKey()));
  }

  /**
   * The last word of names of places, institutions and events ("Mirin Park", "Security Summit",
   * "Police School"): such a name is no person a "he" or "she" can stand for.
   */
  private static final ImmutableSet<String> THING_HEADS =
      ImmutableSet.of("park", "square", "street", "road", "avenue", "bridge", "airport",
          "station", "hospital", "school", "college", "university", "academy", "stadium",
          "hotel", "church", "cathedral", "mosque", "temple", "shrine", "centre", "center", "mall",
          "market", "building", "palace", "prison", "port", "harbour", "harbor", "river", "lake",
          "sea", "mountain", "mountains", "island", "islands", "province", "district", "region",
          "valley", "county", "city", "state", "summit", "conference", "operation", "games",
          "cup", "festival", "war", "airlines", "airways", "news", "tv", "radio", "times", "post",
          "agency", "ministry", "committee", "council", "office", "department", "service",
          "court", "army", "navy", "police", "parliament", "party", "union", "organisation",
          "organization", "authority", "institute", "company", "group", "bank", "team", "front",
          "movement", "coalition", "government", "embassy", "channel", "network");

  /**
   * Whether a name of two words or more may be a person's: not a place, institution or event
   * ({@link #THING_HEADS}), not a run of capitals shouted by a headline ("DO NOT FORGET").
   */
  static boolean isPerson(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    if (THING_HEADS.contains(last.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return !(last.length() > 2 && last.equals(last.toUpperCase(java.util.Locale.ROOT))
        && name.indexOf(' ') > 2 && name.substring(0, name.indexOf(' '))
            .equals(name.substring(0, name.indexOf(' ')).toUpperCase(java.util.Locale.ROOT)));
  }

  /** A person named with a title, and the title's words in small letters. */
  private record Titled(String person, List<String> title) {}

  /** What a described speaker starts with: "the premier", "the prosecutor". */
  private static final String DESCRIBED = "the ";

  /** Titles that name one office two ways: "the premier" is the prime minister. */
  private static final Map<String, List<String>> TITLE_ALIASES =
      Map.of("premier", List.of("prime", "minister"), "pm", List.of("prime", "minister"));

  /**
   * Adds the persons of a sentence's names that carry a title: their role ("Prime Minister
   * Tomas Arlen"), or a title in small letters right before them ("city prosecutor Lena Varga").
   */
  private static void titles(List<Name> names, List<Token> t, List<Titled> titled) {
    for (Name n : names) {
      List<String> words = new ArrayList<>();
      n.role().ifPresent(r -> {
        for (String w : r.toLowerCase(java.util.Locale.ROOT).split("[\\s.]+")) {
          words.add(w);
        }
      });
      if (n.first() > 0 && NameReader.TITLES.contains(t.get(n.first() - 1).lower())) {
        words.add(t.get(n.first() - 1).lower());
      }
      if (!words.isEmpty() && isPerson(n.text())) {
        titled.add(new Titled(n.text(), words));
      }
    }
  }

  /** The last person named with every word of {@code title} ("premier", "prime minister"). */
  private static Optional<String> holder(String title, List<Titled> titled) {
    List<String> words = new ArrayList<>();
    for (String w : title.split(" ")) {
      words.addAll(TITLE_ALIASES.getOrDefault(w, List.of(w)));
    }
    for (int i = titled.size() - 1; i >= 0; i--) {
      if (titled.get(i).title().containsAll(words)) {
        return Optional.of(titled.get(i).person());
      }
    }
    return Optional.empty();
  }

  /**
   * A speaker described by a title, not named, when the tokens {@code [from, to)} are "the" and
   * one or two words in small letters that end in a title ("the premier", "the prime minister"):
   * {@link #DESCRIBED} and the title, for {@link #holder} to resolve.
   */
  private static Optional<String> described(List<Token> t, int from, int to) {
    if (to - from < 2 || to - from > 3 || !t.get(from).is("the")
        || !NameReader.TITLES.contains(t.get(to - 1).lower())) {
      return Optional.empty();
    }
    StringBuilder title = new StringBuilder();
    for (int k = from + 1; k < to; k++) {
      if (!t.get(k).isWord() || t.get(k).isCapitalized()) {
        return Optional.empty();
      }
      title.append(title.length() == 0 ? "" : " ").append(t.get(k).lower());
    }
    return Optional.of(DESCRIBED + title);
  }

  private static void remember(String person, Map<String, String> people) {
    if (person.contains(" ") && isPerson(person)) {
      people.put(surname(person), person);
    }
  }

  private static String surname(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    return last.endsWith("\u2019s") || last.endsWith("'s") ? last.substring(0, last.length() - 2)
        : last;
  }

  /** For each character of the text, whether it stands inside quotation marks. */
  public static boolean[] quoted(String text) {
    boolean[] inside = new boolean[text.length()];
    for (Span s : spans(text)) {
      java.util.Arrays.fill(inside, s.start(), s.end(), true);
    }
    return inside;
  }

  /** Longer stretches between single marks are apostrophes, not quotes. */
  private static final int MAX_SINGLE = 200;

  /**
   * The spans between matched quotation marks, each within one line. Real pages break their
   * marks, so pairing reads each mark by its context: straight and curly marks pair with each
   * other; a doubled apostrophe is a double mark; an opening mark with a word before it and
   * none after closes ({@code stampede“,}); a closing mark with nothing open and a word right
   * after it opens ({@code .”Such}); a quote still open at the end of its paragraph runs to it
   * when the next paragraph opens a quote (news style for a quote that goes on) or when the page
   * ends there (a truncated page); a paragraph that starts inside a quote whose opening mark was
   * lost runs from its start to a closing mark followed by its attribution. Single marks
   * ({@code ‘sham trial’}) quote only outside double marks: nested ones belong to the outer
   * quote. An unmatched mark costs only its own quote.
   */
  static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int open = -1; // where the open double quote's words start
    int single = -1; // where the open single quote's words start
    boolean singleOpensLine = false; // whether it opened its paragraph: a quote, not an apostrophe
    int lineStart = 0;
    boolean markOnLine = false;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if ((c == '\n' || c == '\r') && (open >= 0 || single >= 0) && softBreak(text, i)) {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        continue; // a page wrapped at a fixed width: the quote goes on in the same sentence
      }
      if (c == '\n' || c == '\r') {
        if (single >= 0 && singleOpensLine && i - single <= MAX_QUOTE
            && singleGoesOn(text, i)) {
          out.add(new Span(single, i)); // a paragraph of a quote the next paragraph goes on with
        }
        if (open >= 0 && i - open <= MAX_QUOTE && quoteGoesOn(text, i)) {
          int end = i;
          if (i == n && Character.isLetterOrDigit(text.charAt(n - 1))) {
            while (end > open && !Character.isWhitespace(text.charAt(end - 1))) {
              end--; // a truncated page cuts its last word: that part-word is left out
            }
          }
          out.add(new Span(open, end));
        }
        open = -1;
        single = -1;
        lineStart = i + 1;
        markOnLine = false;
        continue;
      }
      if (!isMark(c)) {
        continue; // nearly every character: nothing below reads it
      }
      char next = i + 1 < n ? text.charAt(i + 1) : ' ';
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      boolean doubled = (c == '\'' || c == '\u2019' || c == '\u2018') && next == c;
      boolean isDouble = doubled || c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e'
          || c == '\u00ab' || c == '\u00bb';
      if (isDouble) {
        int after = doubled ? i + 2 : i + 1;
        char follows = after < n ? text.charAt(after) : ' ';
        boolean wordBefore = i > lineStart && !Character.isWhitespace(prev) && prev != ':'
            && prev != '(' && prev != '[';
        boolean wordAfter = Character.isLetterOrDigit(follows) || follows == '\u2026'
            || follows == '[' || follows == '(' || follows == '.' && after + 1 < n
            && text.charAt(after + 1) == '.';
        boolean opening = c == '\u201c' || c == '\u201e' || c == '\u00ab' || c == '\u2018';
        boolean closing = c == '\u201d' || c == '\u00bb' || c == '\u2019';
        if (open >= 0) {
          // A mark with a word after it and none before starts a new quote: the open one was
          // unmatched. Any other mark closes, whatever its shape.
          if (!wordBefore && wordAfter && !closing) {
            // A straight page often leaves a quote's closing mark out before its speaker's next
            // quoted sentence ('Varga. "My'): the open quote ran to that sentence's end, when it
            // is one sentence of several words (more would take the page's own words in).
            int end = i;
            while (end > open && Character.isWhitespace(text.charAt(end - 1))) {
              end--;
            }
            if (c == '"' && end > open && end < i && isSentenceEnd(text.charAt(end - 1))
                && end - open <= MAX_QUOTE && oneSentence(text, open, end - 1)
                && text.substring(open, end).strip().indexOf(' ') > 0) {
              out.add(new Span(open, end));
            }
            open = after;
          } else {
            if (i - open <= MAX_QUOTE) {
              out.add(new Span(open, i));
            }
            open = -1;
          }
        } else if (opening && (wordAfter || !wordBefore)
            || wordAfter && (!wordBefore || isOpeningContext(prev) || isSentenceEnd(prev))) {
          open = after;
        } else if (!markOnLine && wordBefore && isSentenceEnd(prev)
            && isParagraphStart(text, lineStart) && attributedAfter(text, after)) {
          out.add(new Span(lineStart, i)); // its opening mark was lost
        }
        single = -1;
        markOnLine = true;
        i = after - 1;
        continue;
      }
      if (open < 0 && (c == '\u2018' || c == '\u2019' || c == '\'')) {
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(prev);
        boolean letterAfter = Character.isLetter(next);
        if (single >= 0 && !letterAfter && c != '\u2018' && !Character.isWhitespace(prev)) {
          if (singleOpensLine ? i - single <= MAX_QUOTE
              : i - single <= MAX_SINGLE && !text.substring(single, i).contains(". ")) {
            out.add(new Span(single, i));
            markOnLine = true;
          }
          single = -1;
        } else if (!letterBefore && letterAfter && c != '\u2019'
            && (i == 0 || Character.isWhitespace(prev) || isOpeningContext(prev))) {
          single = i + 1;
          singleOpensLine = i == lineStart;
        }
      }
    }
    return out;
  }

  /** The marks {@link #spans} reads: double, single, straight, curly and angle quotes. */
  private static boolean isMark(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '"' || c == '\u201c'
        || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
  }

  /** A line at least this long that breaks mid-sentence was wrapped at a fixed width. */
  private static final int WRAP_WIDTH = 60;

  /**
   * Whether a line break is a wrap inside a sentence, not the end of a paragraph: one break,
   * after a word or a comma, before a word that is in small letters or that follows a long line
   * (pages stored wrapped at a fixed width: "At the end we only saw|boats", "said
   * prosecutor Lena|Varga"). A paragraph never starts in a small letter.
   */
  static boolean softBreak(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    int j = at;
    if (text.charAt(j) == '\r' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
      j++;
    }
    if (j + 1 >= text.length() || at == 0 || !Character.isLetterOrDigit(text.charAt(j + 1))) {
      return false;
    }
    char before = text.charAt(at - 1);
    if (!Character.isLetterOrDigit(before) && before != ',') {
      return false;
    }
    if (Character.isLowerCase(text.charAt(j + 1))) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return at - lineStart >= WRAP_WIDTH;
  }

  /**
   * Whether a single-marked quote that opened its paragraph and is open at its end goes on: the
   * next paragraph opens with a single mark too (news style for a quote of several paragraphs),
   * or the page ends.
   */
  private static boolean singleGoesOn(String text, int lineEnd) {
    int j = nextNonSpace(text, lineEnd);
    if (j >= text.length()) {
      return true;
    }
    char c = text.charAt(j);
    return (c == '\'' || c == '\u2018') && j + 1 < text.length()
        && Character.isLetter(text.charAt(j + 1));
  }

  /** The first place from {@code from} on that is not white space, or the text's length. */
  private static int nextNonSpace(String text, int from) {
    int j = from;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /** Whether a closing mark ends a quote, not the end of its paragraph or of the page. */
  private static boolean closed(String text, Span q) {
    return q.end() < text.length() && text.charAt(q.end()) != '\n' && text.charAt(q.end()) != '\r';
  }

  /** Whether a quote open at the end of a line goes on: the page ends, or a new quote opens. */
  private static boolean quoteGoesOn(String text, int lineEnd) {
    int j = nextNonSpace(text, lineEnd);
    if (j >= text.length()) {
      return true;
    }
    char c = text.charAt(j);
    return c == '"' || c == '\u201c' || c == '\u201e' || c == '\u00ab'
        || c == '\'' && j + 1 < text.length() && text.charAt(j + 1) == '\'';
  }

  private static boolean isParagraphStart(String text, int lineStart) {
    int j = lineStart - 1;
    if (j < 0) {
      return true;
    }
    j--; // the line break that ends the line before
    while (j >= 0 && text.charAt(j) == '\r') {
      j--;
    }
    return j < 0 || text.charAt(j) == '\n';
  }

  /** Whether no sentence ends between {@code from} and {@code to} (a stop before a space). */
  private static boolean oneSentence(String text, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (isSentenceEnd(text.charAt(k)) && Character.isWhitespace(text.charAt(k + 1))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSentenceEnd(char c) {
    return c == ',' || c == '.' || c == '?' || c == '!';
  }

  /** Whether a reporting verb follows closely: {@code ," she said}. */
  private static boolean attributedAfter(String text, int from) {
    int to = Math.min(text.length(), from + 60);
    int stop = text.indexOf('\n', from);
    if (stop >= 0 && stop < to) {
      to = stop;
    }
    if (from >= to) {
      return false;
    }
    List<Token> t = Tokenizer.tokenize(text, from, to);
    for (int k = 0; k < t.size() && k < 6; k++) {
      if (VERBS.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpeningContext(char before) {
    return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014'
        || before == '-' || before == ':' || before == ',' || before == '\u2013';
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

  /**
   * For a quote that opens its paragraph, the speaker whom the last sentence of the paragraph
   * before reports: the speaker of a quote in it ('"...," X said at the scene.'), or the
   * subject of its reporting verb ("But he said the search would go on."); empty when the quote
   * shares its paragraph with other words, or that sentence reports no one.
   */
  private static Optional<String> reportedBefore(String text, Span q,
      List<Sentences.Sentence> sentences, int near, QuoteClaim previous, Set<String> capitals) {
    int p = q.start() - 1;
    while (p >= 0 && (isMark(text.charAt(p)) || text.charAt(p) == '\u201e'
        || text.charAt(p) == '\u00ab' || text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p--;
    }
    if (p <= 0 || text.charAt(p) != '\n' || softBreak(text, p) || verbAfter(text, q)) {
      return Optional.empty(); // not a paragraph's opening, or attributed after all
    }
    while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
      p--;
    }
    if (p < 0) {
      return Optional.empty();
    }
    Sentences.Sentence last = sentenceOf(sentences, near, p);
    if (last.start() > p || last.end() < p) {
      return Optional.empty();
    }
    if (previous != null && previous.evidence().start() >= last.start()
        && previous.evidence().end() <= p + 1) {
      return previous.speaker(); // the paragraph before ends on an attributed quote
    }
    // Its first reporting verb is the sentence's own ("X said the police had warned ...").
    Optional<Token> verb = Tokenizer.tokenize(text, last.start(), p + 1).stream()
        .filter(x -> VERBS.contains(x.lower())).findFirst();
    return verb.flatMap(v -> before(text, last, new Span(v.end() + 1, v.end() + 1), capitals)
        .filter(who -> PRONOUNS.contains(who) || subjectAt(text, last.start(), v.start(), who)));
  }

  /**
   * Whether a reporting verb follows a quote in the rest of its line: the quote is attributed,
   * though maybe to someone the reader could not name ('" the statement from the prosecutor
   * said').
   */
  private static boolean verbAfter(String text, Span q) {
    int to = text.indexOf('\n', q.end());
    to = Math.min(to < 0 ? text.length() : to, q.end() + AFTER);
    return q.end() < to && Tokenizer.tokenize(text, q.end(), to).stream()
        .anyMatch(x -> VERBS.contains(x.lower()));
  }

  /**
   * Whether a name before a reporting verb may be its subject: not the object of a preposition
   * nor a noun's modifier after an article ("quoted by the Courier", "in the St Alder's blast,
   * an official said").
   */
  private static boolean subjectAt(String text, int from, int verb, String name) {
    int at = text.lastIndexOf(name, verb);
    if (at < from) {
      return false;
    }
    List<Token> lead = Tokenizer.tokenize(text, from, at);
    if (lead.isEmpty()) {
      return true;
    }
    String word = lead.get(lead.size() - 1).lower();
    return !PREPOSITIONS.contains(word) && !word.equals("the") && !word.equals("a")
        && !word.equals("an");
  }

  /** "...," said X / "..." X told / "...", according to X. */
  private static Optional<String> after(String text, Span q, Set<String> capitals) {
    if (q.end() >= text.length() || text.charAt(q.end()) == '\n' || text.charAt(q.end()) == '\r') {
      return Optional.empty(); // a quote that ran to the end of its paragraph
    }
    int from = q.end() + 1;
    int to = Math.min(text.length(), from + AFTER);
    int stop = text.indexOf('\n', from);
    while (stop >= 0 && stop < to && softBreak(text, stop)) {
      stop = text.indexOf('\n', stop + 1); // the attribution goes on in a wrapped line
    }
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
    // A quote closed on a sentence's end; one closed on a comma is the first part of a split
    // quote when a verb and another mark follow ('"...," Berg said, "because ..."').
    String quoted = text.substring(q.start(), q.end()).strip();
    boolean fullStop = quoted.endsWith(".");
    boolean closedSentence = fullStop || quoted.endsWith("!") || quoted.endsWith("?");
    if (VERBS.contains(t.get(k).lower()) || t.get(k).is("according")) {
      int from2 = t.get(k).is("according") ? k + 2 : k + 1;
      List<Token> rest = t.subList(Math.min(from2, t.size()), t.size());
      if (!rest.isEmpty() && PRONOUNS.contains(rest.get(0).lower())) {
        return Optional.of(rest.get(0).lower());
      }
      Optional<String> named = speaker(rest, names(rest, capitals));
      if (named.isEmpty()) {
        int end = 0;
        while (end < rest.size() && rest.get(end).isWord() && end < 3) {
          end++;
        }
        return described(rest, 0, end);
      }
      return named;
    }
    // X said / X told, right after the quote
    for (int i = k; i < t.size() && i < k + 16; i++) {
      if (t.get(i).is(".") || t.get(i).is("\u201c") || t.get(i).is("\"")) {
        break;
      }
      if (VERBS.contains(t.get(i).lower())) {
        if (closedSentence && introducesNext(t, i) || fullStop && !endsSoon(t, i)) {
          // '... he added, "Every ...': the verb leads into the next quote; and after a quote
          // closed on a full stop, 'X said the attack was ...' is a sentence of its own.
          return Optional.empty();
        }
        List<Token> subject = t.subList(k, i);
        if (!subject.isEmpty() && PRONOUNS.contains(subject.get(subject.size() - 1).lower())
            && (subject.size() == 1 || subject.get(subject.size() - 2).is(","))) {
          return Optional.of(subject.get(subject.size() - 1).lower());
        }
        Optional<String> named = speaker(subject, names(subject, capitals));
        return named.isPresent() ? named : described(t, k, i);
      }
    }
    return Optional.empty();
  }

  /** Whether the verb at {@code i} leads into a quote that opens right after it. */
  private static boolean introducesNext(List<Token> t, int i) {
    for (int j = i + 1; j < t.size() && j <= i + 2; j++) {
      Token x = t.get(j);
      if (x.is("\u201c") || x.is("\"") || x.is("\u201e") || x.is("\u00ab")) {
        return true;
      }
      if (!x.is(",") && !x.is(":")) {
        return false;
      }
    }
    return false;
  }

  /** Tokens an attribution may run on after its verb before its sentence ends. */
  private static final int ATTRIBUTION_TAIL = 6;

  /**
   * Whether the sentence ends within {@value #ATTRIBUTION_TAIL} tokens after the verb at {@code
   * i}, or the stretch read does ('"We won." Berg told reporters on Monday.').
   */
  private static boolean endsSoon(List<Token> t, int i) {
    for (int j = i + 1; j < t.size() && j <= i + ATTRIBUTION_TAIL; j++) {
      if (t.get(j).is(".") || t.get(j).is("?") || t.get(j).is("!") || t.get(j).is(",")) {
        return true;
      }
    }
    return t.size() <= i + ATTRIBUTION_TAIL;
  }

  /**
   * The first name of an attribution, less a word of origin that qualifies the next name's
   * title ("French" in "French Interior Minister Anna Berg" or "Danish prosecutor Anna Berg"):
   * capitalized words only stand between them and the next name has a title, or titles only
   * stand between them; and less a word that describes the noun after it ("the Danish
   * prosecutor").
   */
  private static Optional<String> speaker(List<Token> t, List<Name> names) {
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      if (describes(t, n)) {
        continue;
      }
      if (i + 1 < names.size() && (names.get(i + 1).role().isPresent()
          && capitalsOnly(t, n.last(), names.get(i + 1).first())
          || titlesOnly(t, n.last(), names.get(i + 1).first()))) {
        continue;
      }
      return Optional.of(n.text());
    }
    return Optional.empty();
  }

  /**
   * Whether a name is one capitalized word that describes the noun after it, as a word of origin
   * does ("the Danish prosecutor said", "a Nordic official told"): no person.
   */
  private static boolean describes(List<Token> t, Name n) {
    if (n.text().contains(" ") || n.role().isPresent() || n.first() == 0 || n.last() >= t.size()
        || n.last() - n.first() != 1) {
      return false;
    }
    String before = t.get(n.first() - 1).lower();
    Token after = t.get(n.last());
    return (before.equals("the") || before.equals("a") || before.equals("an"))
        && after.isWord() && !after.isCapitalized() && !VERBS.contains(after.lower());
  }

  /** Whether the words between two names are titles ("Danish prosecutor Lena Varga"). */
  private static boolean titlesOnly(List<Token> t, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!NameReader.TITLES.contains(t.get(k).lower())) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalsOnly(List<Token> t, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!(t.get(k).isCapitalized() || t.get(k).is("."))) {
        return false;
      }
    }
    return true;
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
    for (int from = Math.max(0, verb - 3); from < verb - 1; from++) {
      Optional<String> d = described(t, from, verb);
      if (d.isPresent()) {
        return d; // "the prosecutor said that"
      }
    }
    if (verb + 1 < t.size() && t.get(verb + 1).is("by")) {
      // A passive ("a strike called by the unions, under the slogan"): what stands before the
      // verb did not speak; a name after "by" did.
      List<Token> agent = t.subList(verb + 2, t.size());
      return speaker(agent, names(agent, capitals));
    }
    // The verb's subject is in its own clause: "... that international monitors said" has none.
    int clause = verb;
    while (clause > 0 && !CLAUSE_STARTS.contains(t.get(clause - 1).lower())) {
      clause--;
    }
    int clauseStart = clause;
    if (clause >= 2 && t.get(clause - 1).is("who") && t.get(clause - 2).is(",")) {
      // "Anna Berg, who had cancelled her visit to the Harbour Summit, said": the relative
      // clause describes the name before it, which speaks.
      Optional<Name> antecedent = names(t.subList(0, clause - 2), capitals).stream()
          .filter(n -> n.last() == clauseStart - 2).findFirst();
      if (antecedent.isPresent()) {
        return antecedent.map(Name::text);
      }
    }
    List<Name> names = names(t.subList(0, verb), capitals).stream()
        .filter(n -> n.last() > clauseStart) // a name may span an "and" of its own
        .filter(n -> !describes(t, n)).toList();
    int v = verb;
    // "..., Thomas Boserup, said": a name set off right before the verb.
    Optional<Name> setOff = names.stream()
        .filter(n -> (n.last() == v || n.last() + 1 == v && t.get(n.last()).is(","))
            && n.first() > 0 && t.get(n.first() - 1).is(","))
        .findFirst();
    // "... near Lorvik, a port town, ministry official Anna Berg said": a person's full name
    // right before the verb is its subject, whatever apposition stands earlier in the clause;
    // never a place after a preposition ("the mayor of Lorvik said").
    Optional<Name> subject = names.stream()
        .filter(n -> n.last() == v && n.text().contains(" ")
            && (n.first() == 0 || !PREPOSITIONS.contains(t.get(n.first() - 1).lower())))
        .findFirst();
    // "Katarina Ivanovna, leader of the Reform party, said": the name an apposition follows.
    Optional<Name> apposed = names.stream()
        .filter(n -> n.last() + 1 < v && t.get(n.last()).is(",")
            && t.get(n.last() + 1).isWord() && !t.get(n.last() + 1).isCapitalized())
        .findFirst();
    return setOff.or(() -> subject).or(() -> apposed)
        .or(() -> names.stream().filter(n -> n.role().isPresent()).findFirst())
        .or(() -> names.stream().filter(n -> n.text().contains(" ")).findFirst())
        .or(() -> names.stream().findFirst())
        .map(Name::text);
  }

  private static List<Name> names(List<Token> t, Set<String> capitals) {
    return NameReader.names(t, capitals);
  }
}
