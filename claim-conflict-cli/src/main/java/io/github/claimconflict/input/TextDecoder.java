package io.github.claimconflict.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a file's bytes into text: a byte order mark decides (UTF-8, UTF-16 either way), else the
 * encoding the user named, else UTF-8; an HTML page that is not UTF-8 may name its own. Decoding
 * is strict: a byte that does not belong is an error, never a silent replacement character.
 *
 * <p>A file can be decoded whole ({@link #decode}) or, where its format is read as a stream (JSON
 * and JSON Lines), checked through once without keeping its text ({@link #check}) and then read
 * again through a {@link Reader} ({@link Layout#open}): the same characters and the same
 * problems, with no whole-file string.
 */
final class TextDecoder {

  /** Where a file's bytes come from; opened once to check them and once to read them. */
  interface Bytes {
    InputStream open() throws IOException;
  }

  /** Bytes read from a stream at a time while checking. */
  private static final int CHUNK = 1 << 16;

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s{0,3}=\\s{0,3}[\"']?([A-Za-z0-9._:-]{1,40})");

  private TextDecoder() {}

  /** The text, or a message saying what is wrong (without the file's name). */
  record Decoded(Optional<String> text, String problem) {}

  static Decoded decode(byte[] bytes, Optional<Charset> named, boolean html) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (named.isPresent()) {
      return strict(bytes, 0, named.get());
    }
    Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.text().isPresent() || !html) {
      return utf8;
    }
    Optional<Charset> declared = declaredCharset(bytes);
    return declared.isPresent() ? strict(bytes, 0, declared.get()) : utf8;
  }

  /**
   * How a file's text is laid out, found by reading it through once: its encoding, the bytes of
   * its byte order mark, its first {@code head.length()} characters and the index of its last
   * character that is not white space (-1 if none). Indices count characters of the text, as
   * {@link #decode} gives it.
   */
  record Layout(Charset charset, int skip, String head, long lastNonBlank) {

    /** The text, read again from the bytes as {@link #decode} reads it. */
    Reader open(Bytes bytes) throws IOException {
      InputStream in = bytes.open();
      try {
        in.skipNBytes(skip);
      } catch (IOException e) {
        in.close();
        throw e;
      }
      PushbackReader text = new PushbackReader(new InputStreamReader(in, strictDecoder(charset)));
      int first = text.read();
      if (first >= 0 && first != '\uFEFF') {
        text.unread(first);
      }
      return text;
    }
  }

  /** The outcome of {@link #check}: a layout, or a message saying what is wrong. */
  record Checked(Optional<Layout> layout, String problem) {}

  /**
   * Reads the bytes through once, deciding their encoding as {@link #decode} does, without
   * keeping their text: the same problem as {@link #decode}, or the text's layout with its first
   * {@code headChars} characters.
   */
  static Checked check(Bytes bytes, Optional<Charset> named, boolean html, int headChars)
      throws IOException {
    byte[] start;
    try (InputStream in = bytes.open()) {
      start = in.readNBytes(2048);
    }
    if (startsWith(start, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8, headChars, CHUNK);
    }
    if (startsWith(start, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, headChars, CHUNK);
    }
    if (startsWith(start, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, headChars, CHUNK);
    }
    if (named.isPresent()) {
      return strict(bytes, 0, named.get(), headChars, CHUNK);
    }
    Checked utf8 = strict(bytes, 0, StandardCharsets.UTF_8, headChars, CHUNK);
    if (utf8.layout().isPresent() || !html) {
      return utf8;
    }
    Optional<Charset> declared = declaredCharset(start);
    return declared.isPresent() ? strict(bytes, 0, declared.get(), headChars, CHUNK) : utf8;
  }

  /** As {@link #strict(byte[], int, Charset)}, over a stream, {@code chunk} bytes at a time. */
  static Checked strict(Bytes bytes, int skip, Charset charset, int headChars, int chunk)
      throws IOException {
    CharsetDecoder decoder = strictDecoder(charset);
    ByteBuffer in = ByteBuffer.allocate(chunk);
    CharBuffer out = CharBuffer.allocate(chunk);
    Text text = new Text(headChars);
    long base = skip; // the offset in the file of in's first byte
    try (InputStream stream = bytes.open()) {
      stream.skipNBytes(skip);
      boolean end = false;
      while (true) {
        int read = stream.read(in.array(), in.position(), in.remaining());
        if (read < 0) {
          end = true;
        } else {
          in.position(in.position() + read);
        }
        in.flip();
        CoderResult r;
        do {
          r = decoder.decode(in, out, end);
          if (r.isError()) {
            return bad(charset, skip, base + in.position());
          }
          text.take(out);
        } while (r.isOverflow());
        if (end) {
          do {
            r = decoder.flush(out);
            text.take(out);
          } while (r.isOverflow());
          return new Checked(Optional.of(new Layout(charset, skip, text.head.toString(),
              text.lastNonBlank)), "");
        }
        base += in.position();
        in.compact();
      }
    }
  }

  /** What the checking pass keeps of the text: its start, and where its last non-blank is. */
  private static final class Text {
    final StringBuilder head = new StringBuilder();
    final int headChars;
    long chars;
    long lastNonBlank = -1;
    boolean started;

    Text(int headChars) {
      this.headChars = headChars;
    }

    /** Takes the characters decoded into {@code out} and empties it. */
    void take(CharBuffer out) {
      out.flip();
      int i = 0;
      if (!started && out.hasRemaining()) {
        started = true;
        if (out.get(0) == '\uFEFF') {
          i = 1; // as decode: a byte order mark left in the text is not part of it
        }
      }
      for (int n = out.limit(); i < n; i++) {
        char c = out.get(i);
        if (head.length() < headChars) {
          head.append(c);
        }
        if (!Character.isWhitespace(c)) {
          lastNonBlank = chars;
        }
        chars++;
      }
      out.clear();
    }
  }

  private static CharsetDecoder strictDecoder(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The problem of a byte at {@code offset} that does not belong to the encoding. */
  private static Checked bad(Charset charset, int skip, long offset) {
    return new Checked(Optional.empty(), badByte(charset, skip, offset));
  }

  private static String badByte(Charset charset, int skip, long offset) {
    String name = charset.name().equals("UTF-8") ? "UTF-8" : charset.name();
    String hint = charset.equals(StandardCharsets.UTF_8) && skip == 0
        ? "; if it is in another encoding, name it with --encoding (for example --encoding "
            + "windows-1252)"
        : "";
    return "not valid " + name + " (bad byte at offset " + offset + ")" + hint;
  }

  /** The charset an HTML page declares in its head, read from its first bytes as ASCII. */
  private static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    return charset(m.group(1));
  }

  /** The charset of that name, if Java knows it. */
  static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name.strip()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Decoded strict(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder = strictDecoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      String s = decoder.decode(in).toString();
      return new Decoded(Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s), "");
    } catch (CharacterCodingException e) {
      return new Decoded(Optional.empty(), badByte(charset, skip, in.position()));
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
