package io.github.claimconflict.compare;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.claimconflict.align.QuoteAligner;
import io.github.claimconflict.claim.Claim;
import io.github.claimconflict.claim.Evidence;
import io.github.claimconflict.claim.QuoteClaim;
import io.github.claimconflict.report.ConfidenceFactor;
import io.github.claimconflict.report.ConflictKind;
import io.github.claimconflict.report.Position;
import io.github.claimconflict.text.NameNormalizer;
import io.github.claimconflict.text.QuoteParts;
import io.github.claimconflict.text.QuoteWords;
import io.github.claimconflict.text.QuoteWords.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Reports the same statement quoted in different words. Each pair of wordings is first aligned
 * sentence by sentence (a sentence may meet two of the other's, as translations split and join
 * them), and only the sentences that render each other are compared word by word ({@link
 * WordDiff}): sentences only one wording quotes are an excerpt's choice, not a change; within a
 * sentence, words only one wording has at its start or end (an excerpt, or two renderings that
 * overlap staggered) are left out. Two sentences render each other only when they say at least
 * three in ten of the shorter one's content words in one order: long sentences of one speaker
 * about one scene share its nouns without being one statement. Identical wordings and shorter
 * excerpts agree, and so do
 * wordings that one article prints both of. Words added or dropped inside a sentence are a change.
 *
 * <p>A short quote (one or two content words, "total chaos") is compared with the words at the
 * same place of a quote by the same speaker whose sentence shares other words with its own
 * ("utter chaos"), and is flagged only when a content word is replaced.
 *
 * <p>Confidence reflects how much meaning changed: 0.45 plus 0.15 for each content word
 * substituted, added or removed (0.3 for a word that qualifies or negates, such as "fully",
 * "overall", "not", "grave"), at most 1. A change in small words or word forms only ("the",
 * "bribing" and "bribery"), in two words written as one ("road block", "roadblock"), in one
 * hedge of approximation for another ("about", "around") or in the order of content words (a
 * qualifier aside) is reported at 0.2, below the default threshold.
 *
 * <p>Sentences pair by the meanings they share ({@link QuoteWords#meaning}); two wordings that
 * pair only through near-synonyms and word forms, sharing too few words as written, are
 * reported at {@value #TRANSLATED} at most, as possibly two translations of one statement.
 *
 * <p>A position shows the parts of a split rendering that the matched sentences cover: a part
 * of the same article that the other wording does not render is another statement.
 */
public final class QuoteComparator implements ClaimComparator<QuoteClaim> {

  /** Words whose change turns the meaning of a statement. */
  private static final ImmutableSet<String> QUALIFIERS =
      ImmutableSet.of("not", "never", "no", "none", "nothing", "fully", "overall", "partly",
          "partially", "largely", "generally", "mostly", "entirely", "completely", "only",
          "always", "every", "each", "serious", "grave", "minor", "major", "some", "all", "many",
          "few", "most", "true", "false", "credible", "significant", "little", "much", "without",
          "respected", "violated", "free", "fair", "unfair");

  /** Words that make a figure or a time approximate, each as good as another. */
  private static final ImmutableSet<String> APPROXIMATELY =
      ImmutableSet.of("about", "around", "approximately", "roughly", "circa", "some");

  private static final java.util.regex.Pattern LINE_BREAK =
      java.util.regex.Pattern.compile("[ \\t]*\\R[ \\t]*");

  /** More sentences than this in a wording are compared as one. */
  private static final int MAX_UNITS = 40;

  private final BiPredicate<String, String> sameSpeaker;

  /** Speakers are the same when their last names match in cosmetic form. */
  public QuoteComparator() {
    this(QuoteWords::sameLastName);
  }

  /**
   * Speakers are the same when {@code sameSpeaker} says so (an entity resolver).
   *
   * @param sameSpeaker whether two speakers, as the quotes name them, are one person
   */
  public QuoteComparator(BiPredicate<String, String> sameSpeaker) {
    this.sameSpeaker = requireNonNull(sameSpeaker, "sameSpeaker");
  }

  @Override
  public Class<QuoteClaim> claimType() {
    return QuoteClaim.class;
  }

  /** A wording's words in their comparison form: renderings with equal keys are one wording. */
  private record WordingKey(List<String> words) {}

  /**
   * One article's rendering of the statement: a quote, or the parts of a quote split around its
   * attribution ("...," he added, "..."), joined; {@code claims} holds one article's parts, or
   * the same wording from several articles.
   */
  private record Wording(WordingKey key, String text, List<QuoteClaim> claims, List<Word> words,
      TreeSet<String> articles, List<String> speakers, Map<String, Double> stems,
      int contentWords, Set<String> context, List<List<Word>> units,
      List<Map<String, Double>> unitStems, List<List<QuoteClaim>> renderings, int[] unitStarts,
      Set<Integer> partEdges) {

    boolean isShort() {
      return contentWords < QuoteAligner.SHORT;
    }

    /** The same wording shown by some of its parts only: its text, words and evidence. */
    Wording showing(List<List<QuoteClaim>> kept) {
      List<QuoteClaim> parts = kept.get(0);
      List<Word> shown = new ArrayList<>();
      parts.forEach(p -> shown.addAll(partWords(p)));
      return new Wording(key, joined(parts), kept.stream().flatMap(List::stream).toList(),
          shown, articles, speakers, stems, contentWords, context, units, unitStems, renderings,
          unitStarts, partEdges);
    }
  }

  /** Two stretches of words, one of each wording, that render each other. */
  private record Match(List<Word> left, List<Word> right, double shared, int leftFrom,
      int leftTo, int rightFrom, int rightTo) {

    /** Whether this pair stands right before or after another, on both sides. */
    boolean besides(Match o) {
      return leftTo == o.leftFrom && rightTo == o.rightFrom
          || o.leftTo == leftFrom && o.rightTo == rightFrom;
    }
  }

  @Override
  public List<Finding> compare(ClaimGroup<QuoteClaim> group) {
    Map<WordingKey, List<List<QuoteClaim>>> byKey = new LinkedHashMap<>();
    Map<WordingKey, List<Word>> wordsOf = new LinkedHashMap<>();
    Map<WordingKey, String> texts = new LinkedHashMap<>();
    for (List<QuoteClaim> parts : QuoteParts.renderings(group.claims())) {
      List<Word> words = new ArrayList<>();
      for (QuoteClaim part : parts) {
        words.addAll(partWords(part));
      }
      WordingKey key = new WordingKey(words.stream().map(Word::key).toList());
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(parts);
      // Of renderings with the same words, the one written in sentence case stands for them: a
      // headline's or a banner's capitals make every word look like a name.
      List<Word> held = wordsOf.get(key);
      if (held == null || names(words) < names(held)) {
        wordsOf.put(key, words);
        texts.put(key, joined(parts));
      }
    }
    List<Wording> wordings = new ArrayList<>();
    byKey.forEach((k, v) -> wordings.add(wording(k, texts.get(k), v, wordsOf.get(k))));
    wordings.sort(Comparator.comparing((Wording w) -> w.claims().get(0).articleId())
        .thenComparingInt(w -> w.claims().get(0).evidence().start()));
    List<Wording> kept = withoutOwnExcerpts(wordings);
    Map<String, List<Wording>> byArticle = new HashMap<>();
    kept.forEach(w -> w.articles().forEach(x ->
        byArticle.computeIfAbsent(x, k -> new ArrayList<>()).add(w)));
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      for (int j = i + 1; j < kept.size(); j++) {
        compare(group, kept.get(i), kept.get(j), byArticle).ifPresent(out::add);
      }
    }
    return out;
  }

  private static long names(List<Word> words) {
    return words.stream().filter(Word::name).count();
  }

  /** The words of one part of a rendering, its last one ending a sentence. */
  private static List<Word> partWords(QuoteClaim part) {
    List<Word> w = QuoteWords.words(part.surface());
    if (!w.isEmpty()) {
      Word last = w.get(w.size() - 1);
      w.set(w.size() - 1, last.endingSentence());
    }
    return w;
  }

  /** The parts of a rendering as one text; a quote wrapped over lines reads as one line. */
  private static String joined(List<QuoteClaim> parts) {
    return parts.stream().map(QuoteClaim::surface)
        .map(x -> LINE_BREAK.matcher(x).replaceAll(" ")).collect(Collectors.joining(" "));
  }

  /**
   * The wording shown by the parts that hold words of the matched sentences only: where an
   * article quotes a speaker in several parts, the parts no sentence of the other wording renders
   * are other statements of the speaker, not evidence of this one.
   */
  private static Wording matchedParts(Wording w, List<Match> matches, boolean left) {
    if (w.renderings().stream().allMatch(r -> r.size() == 1) || matches.isEmpty()) {
      return w;
    }
    int[] starts = w.unitStarts();
    List<List<QuoteClaim>> kept = new ArrayList<>();
    boolean dropped = false;
    for (List<QuoteClaim> rendering : w.renderings()) {
      List<QuoteClaim> parts = new ArrayList<>();
      int from = 0;
      for (QuoteClaim part : rendering) {
        int to = from + partWords(part).size();
        for (Match m : matches) {
          int mFrom = starts[left ? m.leftFrom() : m.rightFrom()];
          int mTo = starts[left ? m.leftTo() : m.rightTo()];
          if (from < mTo && mFrom < to) {
            parts.add(part);
            break;
          }
        }
        from = to;
      }
      if (parts.isEmpty()) {
        return w; // the words do not map onto this rendering's parts: show it whole
      }
      dropped |= parts.size() < rendering.size();
      kept.add(parts);
    }
    return dropped ? w.showing(kept) : w;
  }

  private Wording wording(WordingKey key, String text, List<List<QuoteClaim>> renderings,
      List<Word> words) {
    List<QuoteClaim> claims = renderings.stream().flatMap(List::stream).toList();
    TreeSet<String> articles = new TreeSet<>();
    claims.forEach(c -> articles.add(c.articleId()));
    List<String> speakers = claims.stream().map(QuoteClaim::speaker)
        .flatMap(Optional::stream).distinct().toList();
    int content = (int) words.stream().map(Word::key).filter(QuoteWords::isContent).distinct()
        .count();
    Set<String> context = new HashSet<>();
    for (QuoteClaim c : claims) {
      Evidence e = c.evidence();
      String around = e.sentence().substring(0, e.start() - e.sentenceStart()) + " . "
          + e.sentence().substring(e.end() - e.sentenceStart());
      for (Word w : QuoteWords.words(around)) {
        if (QuoteWords.isContent(w.key()) && !QuoteWords.COMMON.contains(w.key())) {
          context.add(QuoteWords.meaning(w.key()));
        }
      }
    }
    for (String speaker : speakers) {
      // The speaker's own name says nothing of the remark; a title or office before it may.
      List<String> tokens = NameNormalizer.cosmeticTokens(speaker);
      tokens.subList(Math.max(0, tokens.size() - 2), tokens.size())
          .forEach(t -> context.remove(QuoteWords.meaning(t)));
    }
    List<List<Word>> units = units(words);
    int[] unitStarts = new int[units.size() + 1];
    for (int u = 0; u < units.size(); u++) {
      unitStarts[u + 1] = unitStarts[u] + units.get(u).size();
    }
    // Where the first rendering's quoted parts start and end, as word offsets.
    Set<Integer> partEdges = new HashSet<>();
    partEdges.add(0);
    int edge = 0;
    for (QuoteClaim part : renderings.get(0)) {
      edge += partWords(part).size();
      partEdges.add(edge);
    }
    partEdges.add(words.size());
    return new Wording(key, text, claims, words, articles, speakers,
        QuoteWords.weightedMeanings(words), content, context, units,
        units.stream().map(QuoteWords::weightedStems).toList(), renderings, unitStarts,
        Set.copyOf(partEdges));
  }

  /**
   * The wordings less those that are an excerpt of another wording the same articles print ("a
   * hard choice" beside "we faced a very hard choice" in one article is that
   * quote again), and less short quotes whose words another wording has: the fuller wording
   * speaks for them.
   */
  private static List<Wording> withoutOwnExcerpts(List<Wording> wordings) {
    List<Wording> out = new ArrayList<>();
    for (Wording w : wordings) {
      boolean excerpt = wordings.stream().anyMatch(v -> v != w
          && (w.isShort() || v.articles().containsAll(w.articles()))
          && v.key().words().size() > w.key().words().size()
          && Collections.indexOfSubList(v.key().words(), w.key().words()) >= 0);
      if (!excerpt) {
        out.add(w);
      }
    }
    return out;
  }

  private Optional<Finding> compare(ClaimGroup<QuoteClaim> group, Wording a, Wording b,
      Map<String, List<Wording>> all) {
    if (!Collections.disjoint(a.articles(), b.articles())) {
      return Optional.empty(); // an article that prints both wordings does not set them apart
    }
    if (a.isShort() || b.isShort()) {
      return a.words().size() <= b.words().size() ? compareShort(group, a, b)
          : compareShort(group, b, a);
    }
    int needed = speakersDiffer(a, b) ? 3 : 2;
    List<Match> strong = new ArrayList<>();
    List<Match> weak = new ArrayList<>();
    for (Match m : align(a.units(), b.units())) {
      if (printedBy(a, m.right(), all) || printedBy(b, m.left(), all)
          || !isBest(m.left(), m.shared(), b, all) || !isBest(m.right(), m.shared(), a, all)) {
        continue;
      }
      int inOrder = inOrder(m);
      if (inOrder >= needed && inOrder >= 0.5 * sharedStems(m)
          && inOrder >= COVERED * Math.min(distinctStems(m.left()), distinctStems(m.right()))) {
        strong.add(m);
      } else if (inOrder >= 1) {
        weak.add(m);
      }
    }
    // A sentence that shares few words still renders the one beside a pair that matches well.
    List<Match> matches = new ArrayList<>(strong);
    weak.stream().filter(w -> strong.stream().anyMatch(w::besides)).forEach(matches::add);
    matches.sort(Comparator.comparingInt(Match::leftFrom));
    double shared = matches.stream().mapToDouble(Match::shared).sum();
    double lighter = Math.min(QuoteWords.total(a.stems()), QuoteWords.total(b.stems()));
    boolean speakerAgrees = speakersAgree(a, b);
    List<WordDiff> diffs = diffs(a, b, matches);
    // One speaker's short sentence said again with a word swapped ("never" and "always") keeps
    // nearly all its words, small ones too, in order: that frame makes it one statement even
    // when its content words are few and common, and even when one article does not say who
    // spoke it or names the speaker wrongly; not when both name two different speakers.
    boolean verbatimFrame = (speakerAgrees || needed == 2) && shared >= 1 && !matches.isEmpty()
        && matches.stream().allMatch(QuoteComparator::nearlyVerbatim);
    if (!verbatimFrame && (shared < (speakerAgrees ? 2 : 2.5)
        || shared < (speakerAgrees ? 0.25 : 0.35) * lighter)) {
      return Optional.empty(); // they share a phrase, not a statement
    }
    if (needed == 3 && plainShared(matches) < 2) {
      // Two people the articles name apart: a name and common words ("the Norland people") with
      // one plain word besides are two appeals of one day, not one statement misattributed.
      return Optional.empty();
    }
    if (!verbatimFrame && shared < 2.5 && !framed(a, b, matches)) {
      // Two words in common make one statement only as a frame with a word swapped inside it;
      // sentences that go on differently after a shared phrase are two statements.
      return Optional.empty();
    }
    // Paired only through near-synonyms and word forms ("played a part in such brutality",
    // "a share of this cruelty"): one statement translated two ways, more likely than not, but
    // less surely one statement than renderings that share their words as written.
    boolean translated = !verbatimFrame && !sharesAsWritten(a, b, matches, speakerAgrees);
    return finding(group, matchedParts(a, matches, true), matchedParts(b, matches, false),
        diffs, translated);
  }

  /**
   * How many meanings the matched sentences share that are plain content words on both sides:
   * neither a name nor a very common word, which statements of one event share without being one.
   */
  private static int plainShared(List<Match> matches) {
    int n = 0;
    for (Match m : matches) {
      Map<String, Double> left = QuoteWords.weightedMeanings(m.left());
      Map<String, Double> right = QuoteWords.weightedMeanings(m.right());
      for (Map.Entry<String, Double> e : left.entrySet()) {
        if (e.getValue() >= 1 && right.getOrDefault(e.getKey(), 0.0) >= 1) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * Whether the matched sentences share enough words as written, stem by stem, to pair the two
   * wordings without {@link QuoteWords#meaning}'s near-synonyms and word forms.
   */
  private static boolean sharesAsWritten(Wording a, Wording b, List<Match> matches,
      boolean speakerAgrees) {
    double shared = 0;
    for (Match m : matches) {
      shared += QuoteWords.shared(QuoteWords.weightedStems(m.left()),
          QuoteWords.weightedStems(m.right()));
    }
    double lighter = Math.min(QuoteWords.total(QuoteWords.weightedStems(a.words())),
        QuoteWords.total(QuoteWords.weightedStems(b.words())));
    return shared >= (speakerAgrees ? 2 : 2.5)
        && shared >= (speakerAgrees ? 0.25 : 0.35) * lighter;
  }

  /**
   * The most confidence a conflict between two wordings paired only through near-synonyms gets:
   * reported at the default threshold, below renderings that share their words.
   */
  static final double TRANSLATED = 0.6;

  /** The word-by-word changes of the matched sentences, with excerpt edges cut. */
  private static List<WordDiff> diffs(Wording a, Wording b, List<Match> matches) {
    List<WordDiff> diffs = new ArrayList<>();
    for (Match m : matches) {
      // A sentence's edges are cut only where a quoted part starts or ends: inside a quote,
      // words one side adds at a sentence's start or end are a change.
      WordDiff d = trimmedAtParts(a, b, m);
      if (!d.isSame()) {
        diffs.add(d);
      }
    }
    return diffs;
  }

  /**
   * The word-by-word changes of a matched pair, its edges cut where a quoted part of either
   * wording starts or ends there: a reporter opens and closes a partial quote where the sentence
   * lets them ("... part of a process to \"end the blockade.\""), so words the other rendering
   * has beyond such an edge are an excerpt's choice, not a change.
   */
  private static WordDiff trimmedAtParts(Wording a, Wording b, Match m) {
    return WordDiff.between(m.left(), m.right()).trimmed(partEdge(a, m.leftFrom()),
        partEdge(a, m.leftTo()), partEdge(b, m.rightFrom()), partEdge(b, m.rightTo()));
  }

  /**
   * Whether the boundary before unit {@code unit} (the wording's end for the last) is where a
   * quoted part of the wording's first rendering starts or ends; the wording's own start and end
   * always are.
   */
  private static boolean partEdge(Wording w, int unit) {
    return unit == 0 || unit == w.units().size() || w.partEdges().contains(w.unitStarts()[unit]);
  }

  /** Fewest words, all counted, that two sentences must keep in order to be one frame. */
  private static final int FRAME_WORDS = 5;

  /**
   * Whether two sentences keep at least {@link #FRAME_WORDS} of their words in order, small
   * words included, and lose or gain at most one in five, with every change inside them.
   */
  private static boolean nearlyVerbatim(Match m) {
    WordDiff d = WordDiff.between(m.left(), m.right());
    long kept = d.steps().stream().filter(x -> x.op() == WordDiff.Op.KEEP).count();
    int longer = Math.max(m.left().size(), m.right().size());
    return kept >= FRAME_WORDS && kept * 5 >= longer * 4 && changesInside(d);
  }

  /**
   * Whether every matched sentence pair that changes is one frame with words swapped inside it,
   * or, where both wordings open their quote, at its start: a partial quote opens where the
   * reporter's own sentence lets it, so two renderings that start differently and go on alike
   * ("a wish to sink the ferry", "the aim was to sink this ferry") swapped the words the quote
   * opens with. Its end is the speaker's: sentences that go on differently after a shared phrase
   * stay two statements. At least {@value #EDGE_FRAME} words are kept.
   */
  private static boolean framed(Wording a, Wording b, List<Match> matches) {
    for (Match m : matches) {
      // A frame holds by meaning: "go to waste" and "be in vain" end one sentence alike.
      WordDiff d = WordDiff.between(byMeaning(m.left()), byMeaning(m.right())).trimmed(
          partEdge(a, m.leftFrom()), partEdge(a, m.leftTo()), partEdge(b, m.rightFrom()),
          partEdge(b, m.rightTo()));
      if (d.isSame() || changesInside(d)) {
        continue;
      }
      List<WordDiff.Step> steps = d.steps();
      boolean opens = m.leftFrom() == 0 && m.rightFrom() == 0;
      long kept = steps.stream().filter(x -> x.op() == WordDiff.Op.KEEP).count();
      boolean swapped = steps.get(steps.size() - 1).op() == WordDiff.Op.KEEP
          && opens && swapsAtStart(steps);
      if (!swapped || kept < EDGE_FRAME) {
        return false;
      }
    }
    return true;
  }

  /** The same words, each content word keyed by its {@link QuoteWords#meaning}. */
  private static List<Word> byMeaning(List<Word> words) {
    List<Word> out = new ArrayList<>(words.size());
    for (Word w : words) {
      out.add(QuoteWords.isContent(w.key()) ? new Word(w.written(), QuoteWords.meaning(w.key()),
          w.name(), w.endsSentence(), w.aside()) : w);
    }
    return out;
  }

  /** Fewest words two renderings that differ at their quote's edge must keep. */
  private static final int EDGE_FRAME = 3;

  /** Whether the changes before the first kept word remove and add words. */
  private static boolean swapsAtStart(List<WordDiff.Step> steps) {
    boolean removes = false;
    boolean adds = false;
    for (WordDiff.Step x : steps) {
      if (x.op() == WordDiff.Op.KEEP) {
        break;
      }
      removes |= x.op() == WordDiff.Op.DELETE && !x.aside();
      adds |= x.op() == WordDiff.Op.INSERT && !x.aside();
    }
    return removes && adds;
  }

  /** Whether every change of a script has kept words on both sides of it. */
  private static boolean changesInside(WordDiff d) {
    List<WordDiff.Step> steps = d.steps();
    return !steps.isEmpty() && steps.get(0).op() == WordDiff.Op.KEEP
        && steps.get(steps.size() - 1).op() == WordDiff.Op.KEEP;
  }

  /**
   * How many content words two sentences say in one order: renderings of one sentence keep most
   * of their shared words in sequence, other sentences that share a few words do not.
   */
  private static int inOrder(Match m) {
    return (int) WordDiff.between(stems(m.left()), stems(m.right())).steps().stream()
        .filter(x -> x.op() == WordDiff.Op.KEEP).count();
  }

  /**
   * The least share of the shorter sentence's content words that a sentence pair must say in one
   * order to render it: two long sentences of one speaker about one scene share its nouns ("the
   * ferry", "the gate") without being one statement.
   */
  private static final double COVERED = 0.3;

  /** How many distinct content stems a stretch of words has. */
  private static int distinctStems(List<Word> words) {
    Set<String> out = new HashSet<>();
    stems(words).forEach(w -> out.add(w.key()));
    return out.size();
  }

  /** How many distinct content stems two sentences share. */
  private static int sharedStems(Match m) {
    Set<String> left = new HashSet<>();
    stems(m.left()).forEach(w -> left.add(w.key()));
    Set<String> right = new HashSet<>();
    stems(m.right()).forEach(w -> right.add(w.key()));
    left.retainAll(right);
    return left.size();
  }

  /**
   * The content words of a stretch, each keyed by its {@link QuoteWords#meaning}: what pairs the
   * sentences of two renderings.
   */
  private static List<Word> stems(List<Word> words) {
    return contentKeyed(words, QuoteWords::meaning);
  }

  /** The content words of a stretch, each keyed by its stem: what tells a word replaced. */
  private static List<Word> exactStems(List<Word> words) {
    return contentKeyed(words, QuoteWords::stem);
  }

  private static List<Word> contentKeyed(List<Word> words,
      java.util.function.UnaryOperator<String> key) {
    List<Word> out = new ArrayList<>();
    for (Word w : words) {
      if (QuoteWords.isContent(w.key()) && !w.aside()) {
        out.add(new Word(w.written(), key.apply(w.key()), w.name(), false, false));
      }
    }
    return out;
  }

  /**
   * Whether every article of {@code w} also prints these words in another of its wordings: an
   * article that quotes a statement in two translations holds both, and disagrees with neither.
   */
  private static boolean printedBy(Wording w, List<Word> words,
      Map<String, List<Wording>> all) {
    List<String> keys = words.stream().map(Word::key).toList();
    for (String article : w.articles()) {
      boolean prints = all.getOrDefault(article, List.of()).stream().anyMatch(v -> v != w
          && Collections.indexOfSubList(v.key().words(), keys) >= 0);
      if (!prints) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether, for some article of the other side, no other wording it prints has a sentence that
   * shares more with these words: an article that quotes one speaker twice answers each
   * rendering with its own.
   */
  private static boolean isBest(List<Word> words, double shared, Wording other,
      Map<String, List<Wording>> all) {
    Map<String, Double> stems = QuoteWords.weightedMeanings(words);
    for (String article : other.articles()) {
      boolean beaten = false;
      for (Wording v : all.getOrDefault(article, List.of())) {
        if (v == other) {
          continue;
        }
        for (Map<String, Double> unit : v.unitStems()) {
          beaten |= QuoteWords.shared(stems, unit) > shared;
        }
      }
      if (!beaten) {
        return true;
      }
    }
    return false;
  }

  /** Whether every word of {@code part} is a word of {@code unit}, both as {@link #stems}. */
  private static boolean contentWordsWithin(List<Word> part, List<Word> unit) {
    Set<String> keys = new HashSet<>();
    unit.forEach(w -> keys.add(w.key()));
    return !part.isEmpty() && part.stream().allMatch(w -> keys.contains(w.key()));
  }

  /**
   * A short quote against the words at the same place of the other quote: a content word of it
   * anchors the place, and a content word replaced there is a change. It takes the same speaker
   * and a sentence that shares words beyond the quote's.
   */
  private Optional<Finding> compareShort(ClaimGroup<QuoteClaim> group, Wording s, Wording l) {
    // A slogan translated two ways is often quoted with no speaker, or a crowd for one.
    boolean slogan = l.isShort() && !speakersDiffer(s, l)
        && QuoteWords.sameWordsButSynonyms(s.words(), l.words());
    if (!speakersAgree(s, l) && !slogan) {
      return Optional.empty();
    }
    List<Word> sw = s.words();
    List<Word> lw = l.words();
    List<Word> shortStems = exactStems(sw);
    for (List<Word> unit : l.units()) {
      if (WordDiff.between(shortStems, exactStems(unit)).steps().stream()
          .noneMatch(x -> x.op() == WordDiff.Op.DELETE)) {
        return Optional.empty(); // its words stand in the other quote, with some left out
      }
      if (contentWordsWithin(shortStems, exactStems(unit))) {
        return Optional.empty(); // its words all stand there in another order: none replaced
      }
    }
    WordDiff best = null;
    int bestKept = 0;
    Set<String> anchors = new HashSet<>();
    for (int q = 0; q < sw.size(); q++) {
      if (!QuoteWords.isContent(sw.get(q).key())) {
        continue;
      }
      for (int p = 0; p < lw.size(); p++) {
        if (!QuoteWords.stem(lw.get(p).key()).equals(QuoteWords.stem(sw.get(q).key()))) {
          continue;
        }
        int from = Math.max(0, p - q);
        int to = Math.min(lw.size(), p - q + sw.size());
        WordDiff d = WordDiff.between(sw, lw.subList(from, to));
        if (d.isSame()) {
          return Optional.empty(); // an excerpt of the other quote
        }
        int kept = 0;
        boolean removed = false;
        boolean added = false;
        for (WordDiff.Step step : d.steps()) {
          boolean content = QuoteWords.isContent(step.key());
          switch (step.op()) {
            case KEEP -> kept += content && !QuoteWords.COMMON.contains(step.key()) ? 1 : 0;
            case DELETE -> removed |= content;
            case INSERT -> added |= content;
          }
        }
        if (kept > 0 && removed && added && kept > bestKept) {
          best = d;
          bestKept = kept;
          anchors.clear();
          d.steps().stream().filter(x -> x.op() == WordDiff.Op.KEEP)
              .forEach(x -> anchors.add(QuoteWords.meaning(x.key())));
        }
      }
    }
    if (best == null) {
      best = meaningFrame(sw, lw, anchors);
    }
    if (best == null) {
      return Optional.empty();
    }
    Set<String> around = new HashSet<>(s.context());
    s.stems().keySet().forEach(around::add);
    Set<String> aroundOther = new HashSet<>(l.context());
    l.stems().keySet().forEach(aroundOther::add);
    around.retainAll(aroundOther);
    around.removeAll(anchors);
    if (around.isEmpty()) {
      return Optional.empty(); // one word in common is not yet one remark
    }
    boolean shortFirst = s.claims().get(0).articleId().compareTo(l.claims().get(0).articleId())
        <= 0;
    WordDiff d = shortFirst ? best : best.reversed();
    return finding(group, shortFirst ? s : l, shortFirst ? l : s, List.of(d), false);
  }

  /** Fewest words, small ones included, a short quote keeps by meaning to be one frame. */
  private static final int MEANING_FRAME = 3;

  /**
   * A short quote whose every content word the other quote says by meaning, in order, within a
   * stretch barely longer than it ("would have been unintended", "would surely have been
   * unintentional"): the same words translated again, no word of it kept as written to anchor
   * it. The difference against that stretch, or null; the meanings kept go to {@code anchors}.
   */
  private static WordDiff meaningFrame(List<Word> sw, List<Word> lw, Set<String> anchors) {
    List<WordDiff.Step> steps = WordDiff.between(byMeaning(sw), byMeaning(lw)).steps();
    int kept = 0;
    int plain = 0;
    int first = -1;
    int last = -1;
    int before = 0;
    int after = 0;
    int p = 0;
    for (WordDiff.Step x : steps) {
      switch (x.op()) {
        case DELETE -> {
          if (QuoteWords.isContent(x.key()) && !x.aside()) {
            return null; // a word of the short quote the other does not say
          }
          if (first < 0) {
            before++;
          } else {
            after++;
          }
        }
        case INSERT -> p++;
        case KEEP -> {
          kept++;
          plain += QuoteWords.isContent(x.key()) && !QuoteWords.COMMON.contains(x.key()) ? 1 : 0;
          first = first < 0 ? p : first;
          last = p;
          after = 0;
          p++;
        }
      }
    }
    if (kept < MEANING_FRAME || plain == 0) {
      return null;
    }
    int from = Math.max(0, first - before);
    int to = Math.min(lw.size(), last + 1 + after);
    if (to - from > sw.size() + 2) {
      return null; // its words spread over the other's: not one phrase
    }
    WordDiff d = WordDiff.between(sw, lw.subList(from, to));
    if (d.isSame()) {
      return null;
    }
    anchors.clear();
    steps.stream().filter(x -> x.op() == WordDiff.Op.KEEP && QuoteWords.isContent(x.key()))
        .forEach(x -> anchors.add(x.key()));
    return d;
  }

  /** Whether a speaker of one wording is a speaker of the other, by name or by last name. */
  private boolean speakersAgree(Wording a, Wording b) {
    for (String x : a.speakers()) {
      for (String y : b.speakers()) {
        if (sameSpeaker.test(x, y) || QuoteWords.sameLastName(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether both wordings have speakers and none of one is a speaker of the other. */
  private boolean speakersDiffer(Wording a, Wording b) {
    return !a.speakers().isEmpty() && !b.speakers().isEmpty() && !speakersAgree(a, b);
  }

  /**
   * The sentences of two wordings that render each other, in order: a dynamic programme over
   * sentences, where a sentence may meet one or two of the other's, a pair counts by the weight
   * of the stems it shares, and a pair that shares too little is no pair.
   */
  static List<Match> align(List<List<Word>> a, List<List<Word>> b) {
    int n = a.size();
    int m = b.size();
    double[][] best = new double[n + 1][m + 1];
    int[][] move = new int[n + 1][m + 1];
    Map<Long, Match> pairs = new LinkedHashMap<>();
    int[][] steps = {{1, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 1}};
    // The stems of each sentence, and of each sentence with the next, computed once.
    Span[][] spansA = spans(a);
    Span[][] spansB = spans(b);
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        best[i][j] = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < steps.length; k++) {
          int di = steps[k][0];
          int dj = steps[k][1];
          if (di > i || dj > j) {
            continue;
          }
          double score = best[i - di][j - dj];
          if (di > 0 && dj > 0) {
            Match match = match(spansA[di - 1][i - di], spansB[dj - 1][j - dj], i - di, i,
                j - dj, j);
            if (match == null) {
              continue;
            }
            pairs.put(((long) i * (m + 1) + j) * 8 + k, match);
            score += match.shared();
          }
          if (score > best[i][j]) {
            best[i][j] = score;
            move[i][j] = k;
          }
        }
      }
    }
    List<Match> out = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int k = move[i][j];
      Match match = pairs.get(((long) i * (m + 1) + j) * 8 + k);
      if (match != null && steps[k][0] > 0 && steps[k][1] > 0) {
        out.add(match);
      }
      i -= steps[k][0];
      j -= steps[k][1];
    }
    Collections.reverse(out);
    return out;
  }

  private static List<Word> join(List<List<Word>> units, int from, int to) {
    if (to - from == 1) {
      return units.get(from);
    }
    List<Word> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.addAll(units.get(i));
    }
    return out;
  }

  /** One sentence, or two joined, with their stems. */
  private record Span(List<Word> words, Map<String, Double> stems, double total) {}

  /** For each sentence, itself ([0]) and itself with the next ([1]). */
  private static Span[][] spans(List<List<Word>> units) {
    Span[][] out = new Span[2][units.size()];
    for (int i = 0; i < units.size(); i++) {
      for (int len = 1; len <= 2 && i + len <= units.size(); len++) {
        List<Word> words = join(units, i, i + len);
        Map<String, Double> stems = QuoteWords.weightedMeanings(words);
        out[len - 1][i] = new Span(words, stems, QuoteWords.total(stems));
      }
    }
    return out;
  }

  private static Match match(Span left, Span right, int leftFrom, int leftTo, int rightFrom,
      int rightTo) {
    double shared = QuoteWords.shared(left.stems(), right.stems());
    double lighter = Math.min(left.total(), right.total());
    return shared >= 1 && shared >= 0.25 * lighter
        ? new Match(left.words(), right.words(), shared, leftFrom, leftTo, rightFrom, rightTo)
        : null;
  }

  /** A wording's sentences; a wording of very many is taken whole, to keep the work bounded. */
  private static List<List<Word>> units(List<Word> words) {
    List<List<Word>> out = new ArrayList<>();
    List<Word> unit = new ArrayList<>();
    for (Word w : words) {
      unit.add(w);
      if (w.endsSentence()) {
        out.add(unit);
        unit = new ArrayList<>();
      }
    }
    if (!unit.isEmpty()) {
      out.add(unit);
    }
    return out.size() > MAX_UNITS ? List.of(words) : out;
  }

  private Optional<Finding> finding(ClaimGroup<QuoteClaim> group, Wording a, Wording b,
      List<WordDiff> diffs, boolean translated) {
    if (diffs.isEmpty()) {
      return Optional.empty(); // identical, or a shorter excerpt of the same words
    }
    List<String> changes = new ArrayList<>();
    List<List<WordDiff.Step>> removals = new ArrayList<>();
    List<List<WordDiff.Step>> additions = new ArrayList<>();
    for (WordDiff diff : diffs) {
      List<WordDiff.Step> steps = diff.steps();
      int i = 0;
      while (i < steps.size()) {
        if (steps.get(i).op() == WordDiff.Op.KEEP) {
          i++;
          continue;
        }
        List<WordDiff.Step> removed = new ArrayList<>();
        List<WordDiff.Step> added = new ArrayList<>();
        while (i < steps.size() && steps.get(i).op() != WordDiff.Op.KEEP) {
          (steps.get(i).op() == WordDiff.Op.DELETE ? removed : added).add(steps.get(i));
          i++;
        }
        if (removed.stream().allMatch(QuoteComparator::isAside)
            && added.stream().allMatch(QuoteComparator::isAside)) {
          continue; // an editor's words in brackets
        }
        removals.add(removed);
        additions.add(added);
        changes.add(describe(removed, added));
      }
    }
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    Set<String> moved = moved(removals, additions);
    double weight = 0;
    for (int k = 0; k < removals.size(); k++) {
      weight += weight(removals.get(k), additions.get(k), moved);
    }
    double confidence = weight == 0 ? 0.2 : Math.min(1, 0.45 + weight);
    double cut = translated ? Math.min(0, TRANSLATED - confidence) : 0;
    // The group holds one speaker's quotes: named as the conflict's title names them.
    Optional<String> shown = a.speakers().isEmpty() && b.speakers().isEmpty() ? Optional.empty()
        : QuoteAligner.speakerOf(group.claims());
    String speaker = shown.map(s -> " by " + s).orElse("");
    String explanation = "\"" + a.text() + "\" (" + String.join(", ", a.articles())
        + ") and \"" + b.text() + "\" (" + String.join(", ", b.articles())
        + ") quote the same statement" + speaker + " in different words: "
        + String.join("; ", changes.subList(0, Math.min(4, changes.size())))
        + (changes.size() > 4 ? "; and " + (changes.size() - 4) + " more changes" : "")
        + (weight == 0 ? ". Only small words, word forms or word order differ." : ".")
        + (translated ? " They share few words as written: possibly two translations of one"
            + " statement." : "");
    String rendered = diffs.stream().map(WordDiff::render).collect(Collectors.joining(" \u2026 "));
    List<ConfidenceFactor> factors = new ArrayList<>(weight == 0
        ? List.of(new ConfidenceFactor("base", 0.2,
            "only small words, word forms or word order differ"))
        : List.of(new ConfidenceFactor("base", 0.45, "one statement in different words"),
            new ConfidenceFactor("changes", Math.min(0.55, weight),
                "0.15 a content word changed, 0.3 a word that negates, quantifies or "
                    + "qualifies")));
    if (cut < 0) {
      factors.add(new ConfidenceFactor("pairing", cut,
          "few words shared as written: paired through near-synonyms, possibly two translations"));
    }
    return Optional.of(new Finding(ConflictKind.QUOTE, group.topic(),
        Math.round((confidence + cut) * 1000) / 1000.0, explanation, Optional.of(rendered),
        List.of(position(a), position(b)), List.copyOf(factors)));
  }

  /**
   * The stems of content words one change removes and another adds ("we only hear the sirens in the
   * last minutes", "in last minutes, we only hear the sirens"): moved, not changed. A word that
   * negates or qualifies is never counted moved, since where it stands turns the meaning.
   */
  private static Set<String> moved(List<List<WordDiff.Step>> removals,
      List<List<WordDiff.Step>> additions) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < removals.size(); i++) {
      for (WordDiff.Step r : removals.get(i)) {
        if (!QuoteWords.isContent(r.key()) || QUALIFIERS.contains(r.key())) {
          continue;
        }
        String stem = QuoteWords.stem(r.key());
        for (int j = 0; j < additions.size(); j++) {
          if (j != i && additions.get(j).stream().anyMatch(a -> QuoteWords.stem(a.key())
              .equals(stem))) {
            out.add(stem);
          }
        }
      }
    }
    return out;
  }

  /**
   * Content words changed, a qualifier counting double; a word and its inflection count none, nor
   * does a word moved, or two words written as one ("road block", "roadblock").
   */
  private static double weight(List<WordDiff.Step> removed, List<WordDiff.Step> added,
      Set<String> moved) {
    // A pronoun's contraction ("we'll", "I'd") is a pronoun, whatever word its letters spell.
    List<String> gone = new ArrayList<>(removed.stream().filter(x -> person(x) == null)
        .map(WordDiff.Step::key).filter(QuoteComparator::carriesMeaning)
        .filter(k -> !moved.contains(QuoteWords.stem(k))).toList());
    List<String> come = new ArrayList<>(added.stream().filter(x -> person(x) == null)
        .map(WordDiff.Step::key).filter(QuoteComparator::carriesMeaning)
        .filter(k -> !moved.contains(QuoteWords.stem(k))).toList());
    joinedCompounds(gone, come);
    joinedCompounds(come, gone);
    // "about" in one wording where the other has "around" is one hedge, translated two ways.
    if (removed.stream().anyMatch(x -> APPROXIMATELY.contains(x.key()))
        && added.stream().anyMatch(x -> APPROXIMATELY.contains(x.key()))) {
      gone.removeIf(APPROXIMATELY::contains);
      come.removeIf(APPROXIMATELY::contains);
    }
    // "will not" in one wording where the other has "won't" negates alike.
    long negations = Math.min(removed.stream().filter(x -> NEGATIONS.contains(x.key())).count(),
        added.stream().filter(x -> NEGATIONS.contains(x.key())).count());
    for (long k = 0; k < negations; k++) {
      removeFirstNegation(gone);
      removeFirstNegation(come);
    }
    // An indefinite "some" that one wording adds where the other has nothing is a translator's
    // article ("because of some neglect", "because of neglect"); in place of "all" it counts.
    if (come.isEmpty()) {
      gone.removeIf(k -> k.equals("some"));
    }
    if (gone.isEmpty()) {
      come.removeIf(k -> k.equals("some"));
    }
    for (String g : new ArrayList<>(gone)) {
      for (String c : come) {
        if (QuoteWords.root(g).equals(QuoteWords.root(c)) || sameName(removed, g, added, c)) {
          gone.remove(g);
          come.remove(c);
          break;
        }
      }
    }
    double w = personSwapped(removed, added) ? PLAIN : 0;
    for (String k : gone) {
      w += QUALIFIERS.contains(k) ? 0.3 : 0.15;
    }
    for (String k : come) {
      w += QUALIFIERS.contains(k) ? 0.3 : 0.15;
    }
    return w;
  }

  /** "not" and the negative contractions, as their keys spell them ("won't" is "wont"). */
  private static final ImmutableSet<String> NEGATIONS =
      ImmutableSet.of("not", "cannot", "dont", "didnt", "doesnt", "wont", "cant", "isnt", "arent",
          "wasnt", "werent", "havent", "hasnt", "hadnt", "wouldnt", "shouldnt", "couldnt",
          "mustnt", "neednt");

  private static void removeFirstNegation(List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      if (NEGATIONS.contains(keys.get(i))) {
        keys.remove(i);
        return;
      }
    }
  }

  /** The weight of a content word changed. */
  private static final double PLAIN = 0.15;

  /** Personal and possessive pronouns, and their contractions, by grammatical person. */
  private static final Map<String, String> PERSONS = persons();

  private static Map<String, String> persons() {
    Map<String, String> out = new HashMap<>();
    Map<String, List<String>> byPerson = Map.of(
        "1s", List.of("i", "me", "my", "mine", "myself", "im", "ive"),
        "1p", List.of("we", "us", "our", "ours", "ourselves", "weve"),
        "2", List.of("you", "your", "yours", "yourself", "yourselves", "youre", "youve"),
        "3m", List.of("he", "him", "his", "himself", "hes"),
        "3f", List.of("she", "her", "hers", "herself", "shes"),
        "3p", List.of("they", "them", "their", "theirs", "themselves", "theyre", "theyve"));
    byPerson.forEach((person, words) -> words.forEach(w -> out.put(w, person)));
    return Map.copyOf(out);
  }

  /** A word's grammatical person, a contraction's by its pronoun ("I'd", "we'll"), or null. */
  private static String person(WordDiff.Step x) {
    String p = PERSONS.get(x.key());
    if (p != null) {
      return p;
    }
    String w = x.word().toLowerCase(Locale.ROOT);
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
    return apostrophe > 0 ? PERSONS.get(w.substring(0, apostrophe)) : null;
  }

  /** Articles and demonstratives: a pronoun in their place names no other person. */
  private static final ImmutableSet<String> DETERMINERS =
      ImmutableSet.of("a", "an", "the", "this", "that", "these", "those");

  /**
   * Adds the persons of the pronouns among {@code steps} to {@code persons}; whether a step is
   * another word of meaning, neither a pronoun nor a determiner.
   */
  private static boolean persons(List<WordDiff.Step> steps, Set<String> persons) {
    boolean other = false;
    for (WordDiff.Step x : steps) {
      String p = person(x);
      if (p != null) {
        persons.add(p);
      } else {
        other |= !x.aside() && !DETERMINERS.contains(x.key());
      }
    }
    return other;
  }

  /**
   * Whether a change puts a pronoun of one person in place of another's ("we" and "you"), or in
   * place of a word that is no pronoun ("your rights" and "for rights"): who is meant changed.
   * An article in a pronoun's place ("the children", "our children") is a translator's choice.
   */
  private static boolean personSwapped(List<WordDiff.Step> removed, List<WordDiff.Step> added) {
    Set<String> gone = new HashSet<>();
    Set<String> come = new HashSet<>();
    boolean goneOther = persons(removed, gone);
    boolean comeOther = persons(added, come);
    if (!gone.isEmpty() && !come.isEmpty()) {
      return Collections.disjoint(gone, come);
    }
    return !gone.isEmpty() && come.isEmpty() && comeOther
        || !come.isEmpty() && gone.isEmpty() && goneOther;
  }

  /**
   * Removes from both lists the neighbouring words of {@code split} that the other list writes as
   * one word ("road" "block" and "roadblock").
   */
  private static void joinedCompounds(List<String> split, List<String> joined) {
    for (int i = 0; i + 1 < split.size(); i++) {
      int at = joined.indexOf(split.get(i) + split.get(i + 1));
      if (at >= 0) {
        joined.remove(at);
        split.remove(i + 1);
        split.remove(i);
        i--;
      }
    }
  }

  /**
   * Whether a removed and an added word are one name spelled two ways ("Tatyana" and
   * "Tatiana"): both capitalized, same first letter, nearly the same letters. Spellings are the
   * spelling comparator's business, not a misquote.
   */
  private static boolean sameName(List<WordDiff.Step> removed, String g, List<WordDiff.Step> added,
      String c) {
    boolean capitals = removed.stream().anyMatch(x -> x.key().equals(g) && isCapitalized(x))
        && added.stream().anyMatch(x -> x.key().equals(c) && isCapitalized(x));
    return capitals && g.length() >= 4 && c.length() >= 4 && g.charAt(0) == c.charAt(0)
        && new org.apache.commons.text.similarity.LevenshteinDistance(3).apply(g, c) >= 0;
  }

  private static boolean isCapitalized(WordDiff.Step step) {
    return !step.word().isEmpty() && Character.isUpperCase(step.word().charAt(0));
  }

  private static boolean isAside(WordDiff.Step step) {
    return step.aside();
  }

  /** Content words, and the small words that negate or quantify ("not", "no", "all"). */
  private static boolean carriesMeaning(String key) {
    return QuoteWords.isContent(key) || QUALIFIERS.contains(key);
  }

  private static String describe(List<WordDiff.Step> removed, List<WordDiff.Step> added) {
    String r = removed.stream().map(WordDiff.Step::word).collect(Collectors.joining(" "));
    String a = added.stream().map(WordDiff.Step::word).collect(Collectors.joining(" "));
    if (removed.isEmpty()) {
      return "\"" + a + "\" is added";
    }
    if (added.isEmpty()) {
      return "\"" + r + "\" is left out";
    }
    return "\"" + r + "\" became \"" + a + "\"";
  }

  private static Position position(Wording w) {
    List<QuoteClaim> sorted = new ArrayList<>(w.claims());
    sorted.sort(Claim.inTextOrder());
    String normalized = w.words().stream().map(x -> x.written().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(" "));
    // Parts shown without the one that names the speaker still quote that speaker.
    List<String> speakers = sorted.stream().map(QuoteClaim::speaker).flatMap(Optional::stream)
        .distinct().toList();
    return new Position(w.text(), normalized,
        OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), List.copyOf(w.articles()),
        speakers.isEmpty() ? w.speakers() : speakers,
        sorted.stream().map(QuoteClaim::evidence).toList(), w.articles().size());
  }
}
