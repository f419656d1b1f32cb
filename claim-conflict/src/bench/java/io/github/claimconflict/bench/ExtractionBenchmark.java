package io.github.claimconflict.bench;

import io.github.claimconflict.Article;
import io.github.claimconflict.extract.ArticleText;
import io.github.claimconflict.extract.ClaimExtractor;
import io.github.claimconflict.extract.NameExtractor;
import io.github.claimconflict.extract.QuantityExtractor;
import io.github.claimconflict.extract.QuoteExtractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Extraction throughput on one core, per claim kind and all together, over the same corpus as the
 * floor: decoding its bytes, and one pass of a precompiled regular expression. The corpus is real
 * text replicated ({@link BenchCorpus}); one operation reads all of it ({@link #corpusArticles()}
 * articles, system property {@value #ARTICLES_PROPERTY}, default 400).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ExtractionBenchmark {

  static final String ARTICLES_PROPERTY = "claimconflict.bench.extraction";

  /** The floor's pattern: every word and number, as a tokenizer's regex would find them. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}+|\\d[\\d,.]*");

  private List<Article> corpus;
  private List<byte[]> raw;
  private final QuantityExtractor quantities = new QuantityExtractor();
  private final NameExtractor names = new NameExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();

  static int corpusArticles() {
    return BenchCorpus.property(ARTICLES_PROPERTY, 400);
  }

  /** The corpus every benchmark here reads. */
  static BenchCorpus corpus() {
    return BenchCorpus.of(corpusArticles());
  }

  @Setup
  public void setup() {
    corpus = corpus().articles();
    raw = new ArrayList<>();
    corpus.forEach(a -> raw.add(a.text().getBytes(StandardCharsets.UTF_8)));
  }

  @Benchmark
  public int floorDecode() {
    int n = 0;
    for (byte[] b : raw) {
      n += new String(b, StandardCharsets.UTF_8).length();
    }
    return n;
  }

  @Benchmark
  public int floorDecodeAndRegex() {
    int n = 0;
    for (byte[] b : raw) {
      Matcher m = WORDS.matcher(new String(b, StandardCharsets.UTF_8));
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  @Benchmark
  public int quantities() {
    return readAll(quantities);
  }

  @Benchmark
  public int names() {
    return readAll(names);
  }

  @Benchmark
  public int quotes() {
    return readAll(quotes);
  }

  /** One extractor over the corpus, each article read on its own as a lone extractor would. */
  private int readAll(ClaimExtractor<?> extractor) {
    int n = 0;
    for (Article a : corpus) {
      n += extractor.extract(a).size();
    }
    return n;
  }

  @Benchmark
  public int allKinds() {
    int n = 0;
    for (Article a : corpus) {
      ArticleText text = ArticleText.of(a);
      n += quantities.extract(text).size() + names.extract(text).size()
          + quotes.extract(text).size();
    }
    return n;
  }
}
