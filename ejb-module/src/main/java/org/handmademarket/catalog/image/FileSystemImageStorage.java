package org.handmademarket.catalog.image;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Image files in a directory ({@code storage.dir}), one file per key. Files are written to a
 * temporary name and moved into place, so a reader never sees half a file. A key is resolved only
 * after it passed {@link ImageKeys#isValid} and its resolved path is checked to stay inside the
 * directory, so no key can read or write elsewhere.
 */
@ApplicationScoped
public class FileSystemImageStorage implements ImageStorage {

  private Path root;

  protected FileSystemImageStorage() {}

  @Inject
  public FileSystemImageStorage(@ConfigProperty(name = "storage.dir") String directory) {
    this.root = Path.of(directory).toAbsolutePath().normalize();
  }

  @Override
  public void store(String key, byte[] content) throws IOException {
    Path target =
        resolve(key).orElseThrow(() -> new IllegalArgumentException("invalid key: " + key));
    Files.createDirectories(target.getParent());
    Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
    try {
      Files.write(partial, content);
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public Optional<StoredFile> find(String key) {
    Optional<Path> path = resolve(key);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(path.get(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        return Optional.empty();
      }
      return Optional.of(new File(key, path.get(), attributes));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public void delete(String key) throws IOException {
    Optional<Path> path = resolve(key);
    if (path.isPresent()) {
      Files.deleteIfExists(path.get());
    }
  }

  private Optional<Path> resolve(String key) {
    if (!ImageKeys.isValid(key)) {
      return Optional.empty();
    }
    Path path = root.resolve(key).normalize();
    return path.startsWith(root) && !path.equals(root) ? Optional.of(path) : Optional.empty();
  }

  private record File(String key, Path path, BasicFileAttributes attributes) implements StoredFile {

    @Override
    public long size() {
      return attributes.size();
    }

    @Override
    public Instant lastModified() {
      return attributes.lastModifiedTime().toInstant();
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS);
    }
  }
}
