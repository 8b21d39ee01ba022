package org.newsarchive.article;

/** An earlier capture's id and its capture date as the import wrote it ({@code CaptureDate.iso()}). */
record DatedCapture(long id, String archived) {
}
