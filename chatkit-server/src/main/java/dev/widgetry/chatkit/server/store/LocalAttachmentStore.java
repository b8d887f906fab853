package dev.widgetry.chatkit.server.store;

import dev.widgetry.chatkit.server.types.Attachment;
import dev.widgetry.chatkit.server.types.FileAttachment;
import dev.widgetry.chatkit.server.types.ImageAttachment;
import dev.widgetry.chatkit.server.types.UploadDescriptor;
import dev.widgetry.runtime.ActionContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Keeps attachments' bytes as files in one folder, one file per attachment named by its id; the
 * folder is made at the first upload. The client uploads to {@code <baseUrl><id>} with {@code
 * PUT}, and images are shown from the same address: the application serves it
 * ({@link dev.widgetry.chatkit.server.http.AttachmentEndpoint} on the JDK's server, the Spring Boot
 * starter's route in a Spring application).
 */
public final class LocalAttachmentStore implements AttachmentStore {
  /** The ids the server gives attachments; anything else would be a path, not a name. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Path folder;
  private final Function<ActionContext, String> baseUrls;

  private LocalAttachmentStore(Path folder, Function<ActionContext, String> baseUrls) {
    this.folder = folder;
    this.baseUrls = baseUrls;
  }

  /**
   * A store in {@code folder}.
   *
   * @param baseUrl the absolute address attachments are uploaded to and loaded from, ending with
   *     {@code /}, such as {@code "https://chat.example.com/chatkit/attachments/"}; an attachment's id
   *     is appended to it (ChatKit's types require an absolute URL)
   */
  public static LocalAttachmentStore in(Path folder, String baseUrl) {
    checkBaseUrl(baseUrl);
    return new LocalAttachmentStore(Objects.requireNonNull(folder, "folder"), context -> baseUrl);
  }

  /**
   * A store in {@code folder} whose address depends on the request: the host a client reached, as
   * a server behind several names or proxies needs.
   *
   * @param baseUrls the absolute address, ending with {@code /}, for the request whose context it
   *     is given; called when {@code attachments.create} is answered
   */
  public static LocalAttachmentStore in(Path folder, Function<ActionContext, String> baseUrls) {
    Objects.requireNonNull(folder, "folder");
    return new LocalAttachmentStore(folder, Objects.requireNonNull(baseUrls, "baseUrls"));
  }

  @Override
  public Attachment create(String attachmentId, String name, long size, String mimeType, ActionContext context) {
    String baseUrl = baseUrls.apply(context);
    checkBaseUrl(baseUrl);
    String url = baseUrl + checked(attachmentId);
    UploadDescriptor upload = new UploadDescriptor(url, UploadDescriptor.Method.PUT, null);
    return mimeType.startsWith("image/")
        ? new ImageAttachment(attachmentId, name, mimeType, upload, null, Map.of(), url)
        : new FileAttachment(attachmentId, name, mimeType, upload, null, Map.of());
  }

  @Override
  public void write(Attachment attachment, InputStream bytes, ActionContext context) throws IOException {
    Path target = file(attachment.id());
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, attachment.id(), ".part");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        bytes.transferTo(out);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public InputStream read(String attachmentId, ActionContext context) throws IOException {
    try {
      return Files.newInputStream(file(attachmentId));
    } catch (NoSuchFileException e) {
      throw new NotFoundException("attachment", attachmentId);
    }
  }

  @Override
  public void delete(String attachmentId, ActionContext context) throws IOException {
    Files.deleteIfExists(file(attachmentId));
  }

  private static void checkBaseUrl(String baseUrl) {
    if (baseUrl == null || !baseUrl.endsWith("/") || !URI.create(baseUrl).isAbsolute()) {
      throw new IllegalArgumentException("baseUrl must be an absolute URL ending with \"/\", was "
          + (baseUrl == null ? "null" : "\"" + baseUrl + "\""));
    }
  }

  private Path file(String attachmentId) {
    return folder.resolve(checked(attachmentId));
  }

  private static String checked(String attachmentId) {
    if (!ID.matcher(attachmentId).matches()) {
      throw new NotFoundException("attachment", attachmentId);
    }
    return attachmentId;
  }
}
