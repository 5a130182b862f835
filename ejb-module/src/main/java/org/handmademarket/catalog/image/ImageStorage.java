package org.handmademarket.catalog.image;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * Where image files live. Keys are relative paths with forward slashes ({@code
 * products/42/<uuid>.jpg}); an implementation never lets a key reach outside its own space. The
 * filesystem implementation is the one that ships; an object store would be a second.
 */
public interface ImageStorage {

  /** Stores the content under the key, replacing nothing: keys are made unique by their writers. */
  void store(String key, byte[] content) throws IOException;

  /** The stored file, if there is one under this key. */
  Optional<StoredFile> find(String key);

  /** Deletes the file under the key; a missing file is not an error. */
  void delete(String key) throws IOException;

  /** A stored file: enough to answer a conditional GET without reading it. */
  interface StoredFile {
    String key();

    long size();

    Instant lastModified();

    InputStream open() throws IOException;
  }
}
