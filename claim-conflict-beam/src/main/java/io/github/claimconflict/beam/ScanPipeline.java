package io.github.claimconflict.beam;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * Scans JSON Lines articles on any Beam runner:
 * {@code java -jar claim-conflict-beam.jar --input=articles-*.jsonl --output=out/events
 * [--runner=DirectRunner] [--maxBlockArticles=20000] [--maxEventArticles=2000]}; writes {@code out/events-*.jsonl}, one
 * event a line, and {@code out/events-skipped-*.jsonl}, the articles not scanned and why.
 */
public final class ScanPipeline {

  /** The command's options, beside the runner's own. */
  public interface Options extends PipelineOptions {
    @Description("JSON Lines articles: a file or a pattern such as gs://bucket/articles-*.jsonl")
    @Validation.Required
    String getInput();

    void setInput(String input);

    @Description("Prefix of the output files: one event, with its conflicts, a line")
    @Validation.Required
    String getOutput();

    void setOutput(String output);

    @Description("The most articles one worker scans together")
    @Default.Integer(ConflictScan.DEFAULT_MAX_BLOCK_ARTICLES)
    int getMaxBlockArticles();

    void setMaxBlockArticles(int max);

    @Description("The most articles of one event compared together; the rest are counted as"
        + " articlesNotCompared on the event's line")
    @Default.Integer(ConflictScan.DEFAULT_MAX_EVENT_ARTICLES)
    int getMaxEventArticles();

    void setMaxEventArticles(int max);
  }

  private ScanPipeline() {}

  /** Runs the scan and waits for it. */
  public static void main(String[] args) {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    build(options).run().waitUntilFinish();
  }

  /** The pipeline: read, scan, write. */
  public static Pipeline build(Options options) {
    Pipeline p = Pipeline.create(options);
    PCollectionTuple scanned = p.apply("Read articles", JsonLines.read(options.getInput()))
        .apply("Scan", ConflictScan.create()
            .withMaxBlockArticles(options.getMaxBlockArticles())
            .withMaxEventArticles(options.getMaxEventArticles()));
    scanned.get(ConflictScan.EVENTS).apply("Write events", JsonLines.write(options.getOutput()));
    scanned.get(ConflictScan.SKIPPED)
        .apply("Write skipped", JsonLines.writeSkipped(options.getOutput() + "-skipped"));
    return p;
  }
}
