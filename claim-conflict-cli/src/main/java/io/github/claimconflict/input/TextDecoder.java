package io.github.claimconflict.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
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
 */
final class TextDecoder {

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
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      String s = decoder.decode(in).toString();
      return new Decoded(Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s), "");
    } catch (CharacterCodingException e) {
      String name = charset.name().equals("UTF-8") ? "UTF-8" : charset.name();
      String hint = charset.equals(StandardCharsets.UTF_8) && skip == 0
          ? "; if it is in another encoding, name it with --encoding (for example --encoding "
              + "windows-1252)"
          : "";
      return new Decoded(Optional.empty(), "not valid " + name + " (bad byte at offset "
          + in.position() + ")" + hint);
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
