/**
 * Photos and branding images: uploads checked by their content (magic bytes and a real decode,
 * never the file name or the declared type, within pixel and concurrency limits that bound the
 * memory decoding takes), originals stored without their metadata, a grid-sized JPEG copy of each,
 * and one small storage interface with a filesystem implementation. Stored files follow the
 * database transaction: files written for a transaction that rolls back are deleted, and files of a
 * deleted image go only once the deletion commits.
 */
package org.handmademarket.catalog.image;
