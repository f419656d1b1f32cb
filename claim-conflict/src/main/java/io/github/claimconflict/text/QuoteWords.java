package io.github.claimconflict.text;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of quoted text as the quote stages compare them, shared by alignment and comparison:
 * each word with a comparison key that ignores case, punctuation, hyphenation and
 * British/American spelling, whether it is a name, and whether a sentence ends after it.
 */
public final class QuoteWords {

  private QuoteWords() {}

  /**
   * A word as written and the form it is compared in.
   *
   * @param written the word as the text has it
   * @param key its comparison form
   * @param name whether it is capitalized inside a sentence (a person, a place, an institution)
   * @param endsSentence whether a full stop, question or exclamation mark follows it
   * @param aside whether it stands in brackets: an editor's insertion, not the speaker's word
   */
  public record Word(String written, String key, boolean name, boolean endsSentence,
      boolean aside) {

    /** The same word, ending a sentence. */
    public Word endingSentence() {
      return new Word(written, key, name, true, aside);
    }
  }

  /** Verbs that attribute a quote to its speaker: "...," said X; X told reporters: "...". */
  public static final ImmutableSet<String> REPORTING_VERBS =
      ImmutableSet.of("said", "says", "say", "added", "adds", "told", "tells", "stated",
          "states", "declared", "wrote", "writes", "warned", "insisted", "explained", "noted",
          "asked", "replied", "announced", "claimed", "argued", "urged", "continued",
          "concluded", "stressed", "stresses", "denounced", "denounces", "described",
          "describes", "called", "calls", "admitted", "acknowledged", "vowed", "pledged",
          "promised", "recalled", "remarked", "complained", "cautioned", "shouted", "screamed",
          "chanted", "yelled", "saying", "blamed");

  /** English function words: they carry no statement of their own. */
  public static final ImmutableSet<String> STOPWORDS =
      ImmutableSet.of(
          "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
          "from", "into", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it",
          "its", "this", "that", "these", "those", "there", "here", "he", "she", "we", "they",
          "i", "you", "his", "her", "our", "their", "my", "your", "them", "us", "me", "him",
          "have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
          "could", "may", "might", "must", "not", "no", "so", "if", "than", "then", "also",
          "all", "any", "some", "such", "which", "who", "whom", "what", "when", "where", "during",
          "about", "over", "up", "out", "off", "very", "just", "too", "im", "dont", "didnt",
          "wont", "cant", "isnt", "wasnt", "weve", "ive", "youre", "theyre");

  /**
   * Very common words of news speech: content words, but shared by statements that have nothing
   * else in common, so they weigh half when telling whether two quotes are one statement.
   */
  public static final ImmutableSet<String> COMMON =
      ImmutableSet.of(
          "said", "say", "says", "told", "people", "thing", "things", "time", "times", "year",
          "years", "day", "days", "today", "now", "know", "think", "want", "going", "go", "get",
          "make", "made", "take", "come", "see", "like", "one", "two", "many", "much", "more",
          "most", "other", "new", "good", "important", "way", "well", "still", "yet", "even",
          "because", "only", "every", "each", "own", "first", "last", "country", "government",
          "city", "world", "life", "lives", "work", "need", "right", "great", "big", "give");

  /**
   * Words translators render one another by, each line one sense: "death to the tyrant" and
   * "death to the dictator" translate one slogan. Only plain words of wide use, never names.
   */
  private static final List<List<String>> SYNONYMS = List.of(
      List.of("tyrant", "dictator", "despot", "autocrat"),
      List.of("freedom", "liberty"),
      List.of("cruelty", "atrocity", "brutality"),
      List.of("terrible", "awful", "horrible", "dreadful"),
      List.of("hate", "detest", "loathe"),
      List.of("sham", "fake", "bogus", "counterfeit"),
      List.of("shame", "disgrace"),
      List.of("traitor", "betrayer"),
      List.of("murderer", "killer"),
      List.of("thief", "robber"));

  /**
   * Each listed word's stem, to the stem of the first word of its line; a holder, so the stems
   * are taken once the stemmer's own tables are set.
   */
  private static final class Senses {
    static final Map<String, String> MAP = senses();

    private static Map<String, String> senses() {
      return WordLines.firstOfLine(SYNONYMS, QuoteWords::stem);
    }
  }

  /**
   * A word's sense: its stem, or for a word of {@link #SYNONYMS} the stem of the first word of
   * its line.
   */
  public static String sense(String key) {
    String stem = stem(key);
    return Senses.MAP.getOrDefault(stem, stem);
  }

  /**
   * Plain words that translations of one statement render one another by, each line one sense:
   * what one outlet quotes as "this terrible tragedy" another quotes as "this awful tragedy". They
   * let two renderings of one statement be recognised as such ({@link #meaning}); a word swapped
   * for another of its line is still a change the comparator shows. Common words of wide use
   * only, never names; the lines of {@link #SYNONYMS} are senses too.
   */
  private static final List<List<String>> RENDERINGS = List.of(
      List.of("terrible", "awful", "horrible", "dreadful", "horrific", "horrendous", "appalling"),
      List.of("tragedy", "catastrophe"),
      List.of("responsible", "accountable"),
      List.of("resume", "renew", "restart"),
      List.of("state", "country", "nation", "government"),
      List.of("hostilities", "fighting", "combat", "warfare"),
      List.of("happen", "occur"),
      List.of("protest", "demonstration", "rally"),
      List.of("worried", "anxious", "concerned"),
      List.of("afraid", "scared", "frightened", "fear"),
      List.of("vain", "waste"),
      List.of("big", "large", "huge", "enormous", "immense", "massive"),
      List.of("begin", "start", "commence"),
      List.of("try", "attempt"),
      List.of("help", "aid", "assist"),
      List.of("kill", "murder"),
      List.of("die", "dead", "death", "perish"),
      List.of("child", "children", "kid", "kids"),
      List.of("injured", "wounded", "hurt"),
      List.of("difficult", "hard", "tough"),
      List.of("quick", "fast", "rapid"),
      List.of("believe", "think"),
      List.of("sign", "indication", "signal"),
      List.of("evidence", "proof"),
      List.of("attack", "assault"),
      // "intended" and "intentional" (the noun "intention" keeps a root of its own)
      List.of("intend", "intentional"),
      List.of("part", "share", "portion"),
      List.of("brotherhood", "fraternity"),
      List.of("everyone", "everybody"),
      List.of("anyone", "anybody"),
      List.of("someone", "somebody"),
      List.of("ignore", "disregard"),
      List.of("happy", "glad", "pleased"),
      List.of("safe", "secure"),
      List.of("enemy", "foe"),
      List.of("revenge", "vengeance", "avenge"));

  /** Each listed word's root, to the root of the first word of its line; built once. */
  private static final class Meanings {
    static final Map<String, String> MAP = meanings();

    private static Map<String, String> meanings() {
      List<List<String>> lines = new ArrayList<>(SYNONYMS);
      lines.addAll(RENDERINGS);
      return WordLines.firstOfLine(lines, QuoteWords::root);
    }
  }

  /**
   * What a word means as far as telling renderings of one statement apart goes: its {@link #root},
   * or for a word of a line of near-synonyms ({@link #RENDERINGS}, {@link #SYNONYMS}) the root of
   * the line's first word. "terrorist" and "terrorism", "awful" and "terrible", "responsible" and
   * "responsibility" mean alike.
   *
   * @param key a word's comparison key
   * @return the key of its meaning
   */
  public static String meaning(String key) {
    // A negating "un" of a long word: "unorganized" and "organizing" speak of one thing,
    // whichever way they put it.
    String root = root(key.startsWith("un") && key.length() - 2 >= 6 ? key.substring(2) : key);
    return Meanings.MAP.getOrDefault(root, root);
  }

  /** Derivational endings a root drops, with what replaces them; the first that fits is taken. */
  private static final String[][] DERIVATIONS = {
      {"ibilities", "ib"}, {"ibility", "ib"}, {"ible", "ib"}, {"ibly", "ib"},
      {"abilities", "ab"}, {"ability", "ab"}, {"able", "ab"}, {"ably", "ab"},
      {"istic", ""}, {"isms", ""}, {"ism", ""}, {"ists", ""}, {"ist", ""},
      {"nesses", ""}, {"ness", ""}, {"ments", ""}, {"ment", ""}, {"ities", ""}, {"ity", ""},
      {"ations", ""}, {"ation", ""}, {"ions", ""}, {"ion", ""}, {"ates", ""}, {"ated", ""},
      {"ating", ""}, {"ate", ""}, {"ously", ""}, {"ous", ""}, {"ively", ""}, {"ive", ""},
      {"ally", ""}, {"al", ""}, {"ly", ""}};

  /** Fewest letters a root keeps once a derivational ending or a prefix is gone. */
  private static final int MIN_ROOT = 4;

  /**
   * A word's root, coarser than its {@link #stem}: derivational endings go too ("terrorism",
   * "terrorist" and "terror"; "responsible" and "responsibility"; "organization" and
   * "organized"). Two words of one root are one word in another form.
   *
   * @param key a word's comparison key
   * @return its root
   */
  public static String root(String key) {
    String w = key;
    if ((w.endsWith("ied") || w.endsWith("ies")) && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y"; // "worried", "worries" and "worry"
    }
    for (String[] d : DERIVATIONS) {
      if (w.endsWith(d[0]) && w.length() - d[0].length() >= MIN_ROOT) {
        w = w.substring(0, w.length() - d[0].length()) + d[1];
        break;
      }
    }
    String stem = stem(w);
    return stem.length() > 5 && stem.endsWith("is") ? stem.substring(0, stem.length() - 1) + "z"
        : stem;
  }

  /**
   * The content of a quote as {@link #weightedStems} weighs it, each word keyed by its {@link
   * #meaning}: renderings of one statement in other words meet on it.
   *
   * @param words a quote's words
   * @return each meaning with its weight
   */
  public static Map<String, Double> weightedMeanings(List<Word> words) {
    return weighted(words, QuoteWords::meaning);
  }

  /**
   * Whether two short quotes say the same content words, one or more of them by a translator's
   * synonym, with at least one word in common: one slogan or phrase translated two ways.
   */
  public static boolean sameWordsButSynonyms(List<Word> a, List<Word> b) {
    Set<String> stemsA = new LinkedHashSet<>();
    Set<String> sensesA = new LinkedHashSet<>();
    Set<String> stemsB = new LinkedHashSet<>();
    Set<String> sensesB = new LinkedHashSet<>();
    contentStems(a, stemsA, sensesA);
    contentStems(b, stemsB, sensesB);
    if (!sensesA.equals(sensesB) || stemsA.equals(stemsB)) {
      return false;
    }
    Set<String> shared = new LinkedHashSet<>(stemsA);
    shared.retainAll(stemsB);
    // A capitalized word swapped is a name translated ("the Liberty March"), not a slogan.
    return !shared.isEmpty() && swappedAreWords(a, shared) && swappedAreWords(b, shared);
  }

  /** Adds the stem and the sense of each content word outside brackets. */
  private static void contentStems(List<Word> words, Set<String> stems, Set<String> senses) {
    for (Word w : words) {
      if (isContent(w.key()) && !w.aside()) {
        stems.add(stem(w.key()));
        senses.add(sense(w.key()));
      }
    }
  }

  private static boolean swappedAreWords(List<Word> words, Set<String> shared) {
    return words.stream().noneMatch(w -> w.name() && isContent(w.key()) && !w.aside()
        && !shared.contains(stem(w.key())));
  }

  /** The words of a text, in order, each with its comparison key. */
  public static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean sentenceStart = true;
    int wordStart = 0;
    int brackets = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      int meridiem = w.length() == 0 ? meridiemAt(text, i) : 0;
      if (meridiem > 0) {
        // "a.m." is one word, not "a" ending a sentence and "m": "2 a.m." and "2am" meet.
        String written = text.substring(i, i + meridiem);
        out.add(new Word(written, Character.toLowerCase(c) + "m", false,
            meridiemEndsSentence(text, i + meridiem), brackets > 0));
        sentenceStart = out.get(out.size() - 1).endsSentence();
        i += meridiem - 1;
        continue;
      }
      if (Character.isLetterOrDigit(c) || (c == '\'' || c == '\u2019') && w.length() > 0) {
        if (w.length() == 0) {
          wordStart = i;
        }
        w.append(c);
        continue;
      }
      if (w.length() > 0) {
        String written = trimApostrophes(w.toString());
        int clock = clockSuffix(written);
        if (clock > 0) {
          // "2am" is the hour and its half of the day, as "2 a.m." writes them.
          out.add(new Word(written.substring(0, clock), written.substring(0, clock), false,
              false, brackets > 0));
          out.add(new Word(written.substring(clock), written.substring(clock)
              .toLowerCase(java.util.Locale.ROOT), false, endsSentence(text, i), brackets > 0));
          sentenceStart = out.get(out.size() - 1).endsSentence();
          w.setLength(0);
          brackets = nesting(c, brackets);
          continue;
        }
        List<String> keys = NameNormalizer.cosmeticTokens(written.replace("'", "")
            .replace("\u2019", ""));
        if (!keys.isEmpty() && !keys.get(0).isEmpty()) {
          boolean name = !sentenceStart && Character.isUpperCase(text.charAt(wordStart));
          out.add(new Word(written, spelling(keys.get(0)), name, endsSentence(text, i),
              brackets > 0));
          sentenceStart = out.get(out.size() - 1).endsSentence();
        }
        w.setLength(0);
      }
      brackets = nesting(c, brackets);
    }
    return out;
  }

  /** How deep inside brackets the text is after {@code c}, from {@code depth} before it. */
  private static int nesting(char c, int depth) {
    if (c == '(' || c == '[') {
      return depth + 1;
    }
    return (c == ')' || c == ']') && depth > 0 ? depth - 1 : depth;
  }

  /**
   * The length of "a.m." or "p.m." (either case, the last dot optional) starting at {@code i} as a
   * word of its own, or 0.
   */
  private static int meridiemAt(String text, int i) {
    if (i + 3 > text.length() || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return 0;
    }
    char h = Character.toLowerCase(text.charAt(i));
    if (h != 'a' && h != 'p' || text.charAt(i + 1) != '.'
        || Character.toLowerCase(text.charAt(i + 2)) != 'm') {
      return 0;
    }
    int end = i + 3;
    if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      return 0;
    }
    return end < text.length() && text.charAt(end) == '.' ? end + 1 - i : end - i;
  }

  /**
   * Whether "a.m." ends its sentence: its dot serves as the full stop only where the next word
   * opens with a capital, or where the text ends.
   */
  private static boolean meridiemEndsSentence(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
      char c = text.charAt(i);
      if (c == '?' || c == '!' || c == ';' || c == '\u2026' || c == '.' && i > from) {
        return true;
      }
      if (c == ',' || c == ':') {
        return false;
      }
      i++;
    }
    return i >= text.length() || Character.isUpperCase(text.charAt(i));
  }

  /** Where "am" or "pm" begins in an hour written with it ("2am", "11PM"), or 0. */
  private static int clockSuffix(String w) {
    int n = w.length();
    if (n < 3 || n > 4) {
      return 0;
    }
    char h = Character.toLowerCase(w.charAt(n - 2));
    char m = Character.toLowerCase(w.charAt(n - 1));
    if (h != 'a' && h != 'p' || m != 'm') {
      return 0;
    }
    for (int k = 0; k < n - 2; k++) {
      if (!Character.isDigit(w.charAt(k))) {
        return 0;
      }
    }
    return n - 2;
  }

  private static String trimApostrophes(String w) {
    int end = w.length();
    while (end > 1 && (w.charAt(end - 1) == '\'' || w.charAt(end - 1) == '\u2019')) {
      end--;
    }
    return w.substring(0, end);
  }

  /**
   * Whether the punctuation right after a word, before any space, ends a sentence; or an
   * ellipsis after a space ("one by one … only the river"), which marks a cut as one glued does.
   */
  private static boolean endsSentence(String text, int from) {
    for (int i = from; i < text.length() && i < from + 4; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '?' || c == '!' || c == ';' || c == '\u2026') {
        return true;
      }
      if (Character.isWhitespace(c)) {
        return i == from && i + 1 < text.length() && (text.charAt(i + 1) == '\u2026'
            || text.startsWith("...", i + 1));
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }

  /** British and American spellings of one word meet: "judgement" and "judgment". */
  private static String spelling(String key) {
    return key.contains("dgement") ? key.replace("dgement", "dgment") : key;
  }

  /**
   * Whether two speakers' names end in the same word, of three letters or more: "Kemal Ahmet
   * Ozturan" and "Ahmet Ozturan", "U.N. refugee chief Marta Velasco" and "Velasco".
   */
  public static boolean sameLastName(String a, String b) {
    List<String> x = NameNormalizer.cosmeticTokens(a);
    List<String> y = NameNormalizer.cosmeticTokens(b);
    return !x.isEmpty() && !y.isEmpty() && x.get(x.size() - 1).length() >= 3
        && x.get(x.size() - 1).equals(y.get(y.size() - 1));
  }

  /** Whether a key is a content word: not a function word. */
  public static boolean isContent(String key) {
    return !STOPWORDS.contains(key);
  }

  /** The content words of a quote, in their comparison form. */
  public static Set<String> contentWords(String quote) {
    Set<String> out = new LinkedHashSet<>();
    for (Word w : words(quote)) {
      if (isContent(w.key())) {
        out.add(w.key());
      }
    }
    return out;
  }

  /**
   * The content of a quote for telling statements apart: each content word's stem with its
   * weight, a name or a very common word weighing half (both are shared by statements about one
   * place or one day that say different things). The stems of a multi-word name count as one.
   */
  public static Map<String, Double> weightedStems(List<Word> words) {
    return weighted(words, QuoteWords::stem);
  }

  /** The content words of a quote, each under its key, with its heaviest weight. */
  private static Map<String, Double> weighted(List<Word> words,
      java.util.function.UnaryOperator<String> key) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (!isContent(w.key()) || w.aside()) {
        continue;
      }
      out.merge(key.apply(w.key()), weightOf(words, i), Math::max);
    }
    return out;
  }

  /** The weight of a content word: a name or a very common word half, a word inside a name none. */
  private static double weightOf(List<Word> words, int i) {
    Word w = words.get(i);
    boolean nameGoesOn = w.name() && i + 1 < words.size() && words.get(i + 1).name()
        && !w.endsSentence();
    return w.name() ? (nameGoesOn ? 0 : 0.5) : COMMON.contains(w.key()) ? 0.5 : 1;
  }

  /** The total weight of some stems. */
  public static double total(Map<String, Double> stems) {
    return stems.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The weight two quotes' stems share: each shared stem at the lower of its two weights. */
  public static double shared(Map<String, Double> a, Map<String, Double> b) {
    double s = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double other = b.get(e.getKey());
      if (other != null) {
        s += Math.min(e.getValue(), other);
      }
    }
    return s;
  }

  /** Endings a stem drops, tried in this order: one array, not a new list for every word. */
  private static final String[] STEM_SUFFIXES = {
      "ations", "ation", "ings", "ing", "ery", "ies", "ed", "es", "s", "y", "e"};

  /** A crude stem: "bribing" and "bribery", "elections" and "election", "lives" and "life" meet. */
  public static String stem(String word) {
    if (word.equals("lives") || word.equals("wives") || word.equals("knives")) {
      return word.substring(0, word.length() - 3) + "f"; // "life" and "lives" meet
    }
    for (String suffix : STEM_SUFFIXES) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }
}
