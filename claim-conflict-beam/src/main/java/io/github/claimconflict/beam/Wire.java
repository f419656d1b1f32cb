package io.github.claimconflict.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The field encodings the coders share: length-prefixed UTF-8 (DataOutput's own form stops at
 * 64 KB, shorter than an article), and a presence byte before optional values.
 */
final class Wire {

  /** Reads one value. */
  interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  /** Writes one value. */
  interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  private Wire() {}

  static DataOutputStream out(OutputStream s) {
    return new DataOutputStream(s);
  }

  static DataInputStream in(InputStream s) {
    return new DataInputStream(s);
  }

  static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String string(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  static <T> void optional(DataOutputStream out, Optional<T> v, Writer<T> w) throws IOException {
    out.writeBoolean(v.isPresent());
    if (v.isPresent()) {
      w.write(out, v.get());
    }
  }

  static <T> Optional<T> optional(DataInputStream in, Reader<T> r) throws IOException {
    return in.readBoolean() ? Optional.of(r.read(in)) : Optional.empty();
  }

  static void optionalDouble(DataOutputStream out, OptionalDouble v) throws IOException {
    out.writeBoolean(v.isPresent());
    if (v.isPresent()) {
      out.writeDouble(v.getAsDouble());
    }
  }

  static OptionalDouble optionalDouble(DataInputStream in) throws IOException {
    return in.readBoolean() ? OptionalDouble.of(in.readDouble()) : OptionalDouble.empty();
  }

  static void optionalInt(DataOutputStream out, OptionalInt v) throws IOException {
    out.writeBoolean(v.isPresent());
    if (v.isPresent()) {
      out.writeInt(v.getAsInt());
    }
  }

  static OptionalInt optionalInt(DataInputStream in) throws IOException {
    return in.readBoolean() ? OptionalInt.of(in.readInt()) : OptionalInt.empty();
  }

  static <T> void list(DataOutputStream out, List<T> values, Writer<T> w) throws IOException {
    out.writeInt(values.size());
    for (T v : values) {
      w.write(out, v);
    }
  }

  static <T> List<T> list(DataInputStream in, Reader<T> r) throws IOException {
    int n = in.readInt();
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(r.read(in));
    }
    return out;
  }

  static void date(DataOutputStream out, LocalDate d) throws IOException {
    out.writeLong(d.toEpochDay());
  }

  static LocalDate date(DataInputStream in) throws IOException {
    return LocalDate.ofEpochDay(in.readLong());
  }
}
