package dev.widgetry.chatkit.server;

import dev.widgetry.chatkit.server.types.Attachment;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An attachment's bytes, with the headers a route serves them under. The media type and the name
 * are the client's word, so the headers keep a browser from running what was uploaded: the common
 * raster images are shown in place under their own type (ChatKit shows an image attachment from
 * its address); anything else is sent as {@code application/octet-stream} to be saved under its
 * name, never rendered, and nothing is sniffed or allowed to run scripts.
 */
public final class AttachmentDownload implements Closeable {
  /** Image types a browser shows and never runs; SVG, which can hold scripts, is not one. */
  private static final Set<String> SHOWN_IN_PLACE =
      Set.of("image/png", "image/jpeg", "image/gif", "image/webp", "image/avif");
  private static final String OCTET_STREAM = "application/octet-stream";

  private final Attachment attachment;
  private final InputStream bytes;

  AttachmentDownload(Attachment attachment, InputStream bytes) {
    this.attachment = Objects.requireNonNull(attachment, "attachment");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  /** The attachment's metadata. */
  public Attachment attachment() {
    return attachment;
  }

  /** Its bytes; closing this download closes them. */
  public InputStream bytes() {
    return bytes;
  }

  /**
   * The headers to send the bytes under, in order: {@code Content-Type}, {@code
   * Content-Disposition}, {@code X-Content-Type-Options}, {@code Content-Security-Policy} and {@code
   * Cache-Control}.
   */
  public Map<String, String> headers() {
    String declared = attachment.mimeType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    boolean shown = SHOWN_IN_PLACE.contains(declared);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", shown ? declared : OCTET_STREAM);
    headers.put("Content-Disposition", (shown ? "inline" : "attachment") + "; filename=\""
        + asciiName(attachment.name()) + "\"; filename*=UTF-8''" + encodedName(attachment.name()));
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Content-Security-Policy", "default-src 'none'; sandbox");
    // The user's own file: a browser may keep it, a shared cache may not, and a new upload is seen at once.
    headers.put("Cache-Control", "private, no-cache");
    return headers;
  }

  @Override
  public void close() throws IOException {
    bytes.close();
  }

  /** The name in plain ASCII, for clients that do not read {@code filename*}. */
  private static String asciiName(String name) {
    StringBuilder ascii = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
    }
    return ascii.toString();
  }

  /** The name as RFC 8187 spells a value: UTF-8, every byte outside its safe set escaped. */
  private static String encodedName(String name) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0;
      if (safe) {
        encoded.append(c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return encoded.toString();
  }
}
