/* The reference for "text extraction itself": what Mandat's PDF reader asks of poppler-glib, and
 * nothing else, in plain C.
 *
 *     gcc -O2 -o poppler_extract poppler_extract.c $(pkg-config --cflags --libs poppler-glib)
 *     poppler_extract [--keep-state] FILE.pdf …
 *
 * For each file, as Sources/MandatIngest/PDF/PDFReader.swift does: read it whole, open it from
 * those bytes, read the info dictionary, and for every page its size,
 * poppler_page_get_text, poppler_page_get_text_layout (a box per character) and
 * poppler_page_get_text_attributes (font runs); then free everything. It keeps nothing and
 * prints only the counts: files, pages, characters, boxes and font runs. A file that cannot be
 * read is named on stderr and makes the exit status 1.
 *
 * poppler builds its global state (font tables, character maps) whenever a document opens
 * while none is open, and drops it when the last one closes: a plain program pays for that on
 * every file. --keep-state keeps an empty document open throughout, as Mandat's reader does,
 * so the state is built once.
 */
#include <poppler.h>
#include <stdio.h>
#include <string.h>

static void drop(gchar *string) { g_free(string); }

static const char empty_pdf[] =
    "%PDF-1.4\n"
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 1 1] >> endobj\n"
    "xref\n0 4\n"
    "0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n"
    "trailer << /Size 4 /Root 1 0 R >>\nstartxref\n182\n%%EOF\n";

int main(int argc, char **argv) {
  long files = 0, pages = 0, characters = 0, boxes = 0, runs = 0;
  int status = 0;
  int first = 1;
  PopplerDocument *keeper = NULL;
  if (argc > 1 && strcmp(argv[1], "--keep-state") == 0) {
    GBytes *bytes = g_bytes_new_static(empty_pdf, sizeof empty_pdf - 1);
    keeper = poppler_document_new_from_bytes(bytes, NULL, NULL);
    g_bytes_unref(bytes);
    if (keeper == NULL) {
      fprintf(stderr, "poppler cannot open the empty document\n");
      return 1;
    }
    first = 2;
  }
  for (int argument = first; argument < argc; argument++) {
    const char *path = argv[argument];
    gchar *contents = NULL;
    gsize length = 0;
    GError *error = NULL;
    if (!g_file_get_contents(path, &contents, &length, &error)) {
      fprintf(stderr, "%s: %s\n", path, error->message);
      g_clear_error(&error);
      status = 1;
      continue;
    }
    GBytes *bytes = g_bytes_new_take(contents, length);
    PopplerDocument *document = poppler_document_new_from_bytes(bytes, NULL, &error);
    g_bytes_unref(bytes);
    if (document == NULL) {
      fprintf(stderr, "%s: %s\n", path, error ? error->message : "poppler cannot open it");
      g_clear_error(&error);
      status = 1;
      continue;
    }
    drop(poppler_document_get_title(document));
    drop(poppler_document_get_author(document));
    drop(poppler_document_get_subject(document));
    drop(poppler_document_get_keywords(document));
    drop(poppler_document_get_creator(document));
    drop(poppler_document_get_producer(document));
    (void)poppler_document_get_creation_date(document);
    (void)poppler_document_get_modification_date(document);
    int count = poppler_document_get_n_pages(document);
    for (int index = 0; index < count; index++) {
      PopplerPage *page = poppler_document_get_page(document, index);
      if (page == NULL) continue;
      double width, height;
      poppler_page_get_size(page, &width, &height);
      gchar *text = poppler_page_get_text(page);
      if (text != NULL) {
        characters += g_utf8_strlen(text, -1);
        g_free(text);
      }
      PopplerRectangle *rectangles = NULL;
      guint rectangle_count = 0;
      if (poppler_page_get_text_layout(page, &rectangles, &rectangle_count)) {
        boxes += rectangle_count;
        g_free(rectangles);
      }
      GList *attributes = poppler_page_get_text_attributes(page);
      runs += g_list_length(attributes);
      poppler_page_free_text_attributes(attributes);
      g_object_unref(page);
      pages++;
    }
    g_object_unref(document);
    files++;
  }
  if (keeper != NULL) g_object_unref(keeper);
  printf("%ld files, %ld pages, %ld characters, %ld boxes, %ld font runs\n", files, pages, characters, boxes, runs);
  return status;
}
