package io.github.claimconflict.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/**
 * Gathers a PCollection's elements into this JVM, for tests on an in-process runner: the elements
 * reach the sink only after passing through their coder, as on a cluster.
 */
final class Collect<T> {

  private static final Map<String, List<Object>> SINKS = new ConcurrentHashMap<>();

  private final String id = UUID.randomUUID().toString();

  Collect(PCollection<T> collection) {
    SINKS.put(id, new ArrayList<>());
    collection.apply("Collect " + id, ParDo.of(new Sink<>(id)));
  }

  @SuppressWarnings("unchecked")
  List<T> elements() {
    List<Object> out = SINKS.get(id);
    synchronized (out) {
      return (List<T>) List.copyOf(out);
    }
  }

  private static final class Sink<T> extends DoFn<T, Void> {
    private static final long serialVersionUID = 1L;
    private final String id;

    Sink(String id) {
      this.id = id;
    }

    @ProcessElement
    public void process(@Element T element) {
      List<Object> out = SINKS.get(id);
      synchronized (out) {
        out.add(element);
      }
    }
  }
}
