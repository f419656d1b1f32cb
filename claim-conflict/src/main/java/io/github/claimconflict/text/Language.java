package io.github.claimconflict.text;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * The languages an article may be identified as, each with its most frequent function words
 * (articles, pronouns, prepositions, conjunctions, auxiliaries): in news prose of a paragraph or
 * more they make up a third of the words, so a few dozen of them tell the languages apart. A
 * function word is never a name, so the same lists say which capitalized words name nothing.
 */
public enum Language {
  ENGLISH("the", "and", "of", "to", "in", "is", "was", "were", "that", "for", "on", "with", "as",
      "by", "at", "from", "his", "her", "their", "they", "he", "she", "it", "which", "who",
      "have", "has", "had", "been", "said", "would", "will", "not", "but", "an", "this", "after"),
  GERMAN("der", "die", "das", "den", "dem", "des", "und", "ist", "sind", "war", "waren", "nicht",
      "ein", "eine", "einen", "einem", "einer", "eines", "mit", "von", "zu", "auf", "für", "sich",
      "auch", "nach", "bei", "wurde", "wurden", "hat", "haben", "sie", "er", "es", "im", "aus",
      "noch", "dass", "wie", "oder", "aber", "vom", "zum", "zur", "seine", "ihre", "nur"),
  FRENCH("le", "la", "les", "un", "une", "des", "du", "et", "est", "sont", "était", "dans",
      "pour", "sur", "avec", "par", "qui", "que", "pas", "ne", "il", "elle", "ils", "elles",
      "au", "aux", "ce", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "été", "mais",
      "selon", "après", "lors", "ont", "nous", "vous", "où"),
  SPANISH("el", "la", "los", "las", "un", "una", "unos", "unas", "y", "es", "son", "fue", "del",
      "al", "en", "por", "para", "con", "que", "se", "su", "sus", "no", "lo", "le", "les",
      "pero", "según", "como", "más", "este", "esta", "estos", "está", "han", "ha", "muy",
      "tras", "desde", "entre", "también"),
  ITALIAN("il", "lo", "gli", "la", "le", "un", "uno", "una", "e", "è", "sono", "era", "del",
      "della", "dei", "delle", "nel", "nella", "al", "alla", "per", "con", "che", "non", "si",
      "ha", "hanno", "stato", "stata", "anche", "ma", "dopo", "secondo", "come", "più", "questo",
      "questa", "sua", "suo", "loro"),
  PORTUGUESE("o", "os", "a", "as", "um", "uma", "e", "é", "são", "foi", "do", "da", "dos",
      "das", "no", "na", "nos", "nas", "em", "por", "para", "com", "que", "não", "se", "seu",
      "sua", "mais", "mas", "como", "pelo", "pela", "ao", "à", "foram", "também", "segundo",
      "após", "ele", "ela"),
  DUTCH("de", "het", "een", "en", "is", "zijn", "was", "waren", "van", "voor", "met", "op",
      "aan", "bij", "niet", "dat", "die", "er", "ook", "naar", "om", "uit", "wordt", "werd",
      "heeft", "hebben", "zij", "hij", "ze", "maar", "nog", "volgens", "tot", "door", "deze"),
  TURKISH("ve", "bir", "bu", "da", "de", "ile", "için", "olarak", "olan", "gibi", "daha",
      "çok", "en", "ama", "ancak", "kadar", "sonra", "şu", "o", "ise", "mi", "ne", "her",
      "değil", "var", "yok", "oldu", "olduğu", "tarafından", "göre", "yılında", "üzerine");

  private final ImmutableSet<String> functionWords;

  Language(String... words) {
    this.functionWords = ImmutableSet.copyOf(words);
  }

  /** Whether the language capitalizes every noun, so a capital says little of a name. */
  public boolean capitalizesNouns() {
    return this == GERMAN;
  }

  /** Determiners and article-prepositions after which a German word is a common noun. */
  static final ImmutableSet<String> GERMAN_DETERMINERS = ImmutableSet.of("der", "die", "das",
      "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
      "im", "am", "zum", "zur", "vom", "beim", "ins", "dieser", "diese", "dieses", "diesem",
      "jede", "jeder", "jedes", "seine", "seiner", "ihre", "ihrer", "unsere", "zwei", "drei",
      "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "hundert", "tausend", "viele",
      "mehrere", "einige", "alle");

  /** German days and months: capitalized like names, and naming none. */
  private static final ImmutableSet<String> GERMAN_CALENDAR = ImmutableSet.of("montag",
      "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
      "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
      "oktober", "november", "dezember");

  /** Whether a capitalized word of this language is a word of its calendar. */
  public boolean calendarWord(String lowerCaseWord) {
    return capitalizesNouns() && GERMAN_CALENDAR.contains(lowerCaseWord);
  }

  /** Whether a word standing before a noun marks it as a common noun of this language. */
  public boolean marksCommonNoun(String lowerCaseWord) {
    return capitalizesNouns() && GERMAN_DETERMINERS.contains(lowerCaseWord);
  }

  /** The language's most frequent function words, in lower case. */
  public Set<String> functionWords() {
    return functionWords;
  }
}
