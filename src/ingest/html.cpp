#include <gumbo.h>

#include <cstring>
#include <string>

#include "core/utf8.h"
#include "ingest/finish.h"
#include "ingest/ingest.h"

namespace entente {
namespace {

bool IsHidden(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU: case GUMBO_TAG_FIGURE:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_BR:
    case GUMBO_TAG_PRE: case GUMBO_TAG_MAIN: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

const char* Attr(const GumboElement& el, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  return a ? a->value : nullptr;
}

// Appends text, collapsing runs of whitespace; paragraph breaks are added by blocks.
void AppendCollapsed(std::string& out, const char* s) {
  for (const char* p = s; *p; ++p) {
    const unsigned char c = static_cast<unsigned char>(*p);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
}

void Break(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty()) return;
  if (out.size() >= 2 && out.ends_with("\n\n")) return;
  out += out.back() == '\n' ? "\n" : "\n\n";
}

// Iterative walk: pages can nest deeply, and recursion depth must not depend on input.
void CollectText(const GumboNode* root, std::string& out) {
  struct Frame { const GumboNode* node; unsigned next; };
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* node = f.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      AppendCollapsed(out, node->v.text.text);
      stack.pop_back();
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) {
      stack.pop_back();
      continue;
    }
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    if (f.next == 0 && node->type == GUMBO_NODE_ELEMENT) {
      if (IsHidden(node->v.element.tag)) {
        stack.pop_back();
        continue;
      }
      if (IsBlock(node->v.element.tag)) Break(out);
    }
    if (f.next < children.length) {
      const auto* child = static_cast<const GumboNode*>(children.data[f.next++]);
      stack.push_back({child, 0});
      continue;
    }
    if (node->type == GUMBO_NODE_ELEMENT && IsBlock(node->v.element.tag)) Break(out);
    stack.pop_back();
  }
}

struct Finder {
  const GumboNode* article = nullptr;
  const GumboNode* body = nullptr;
  const GumboNode* h1 = nullptr;
  HtmlContent* content = nullptr;
};

void Scan(const GumboNode* root, Finder& find) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector* children = &node->v.document.children;
    if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& el = node->v.element;
      children = &el.children;
      if (el.tag == GUMBO_TAG_ARTICLE && !find.article) find.article = node;
      if (el.tag == GUMBO_TAG_BODY && !find.body) find.body = node;
      if (el.tag == GUMBO_TAG_H1 && !find.h1) find.h1 = node;
      if (el.tag == GUMBO_TAG_TITLE && find.content->title.empty() && el.children.length > 0) {
        auto* text = static_cast<const GumboNode*>(el.children.data[0]);
        if (text->type == GUMBO_NODE_TEXT) AppendCollapsed(find.content->title, text->v.text.text);
      }
      if (el.tag == GUMBO_TAG_META) {
        const char* key = Attr(el, "property");
        if (!key) key = Attr(el, "name");
        if (!key) key = Attr(el, "itemprop");
        const char* value = Attr(el, "content");
        if (key && value) {
          if ((!std::strcmp(key, "article:published_time") || !std::strcmp(key, "datePublished") ||
               !std::strcmp(key, "date") || !std::strcmp(key, "pubdate") ||
               !std::strcmp(key, "dc.date")) &&
              find.content->date.empty()) {
            find.content->date = value;
          }
          if (!std::strcmp(key, "og:title") && find.content->title.empty()) {
            find.content->title = value;
          }
        }
      }
      if (el.tag == GUMBO_TAG_TIME && find.content->date.empty()) {
        if (const char* dt = Attr(el, "datetime")) find.content->date = dt;
      }
    }
    for (unsigned i = children->length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(children->data[i]));
    }
  }
}

}  // namespace

HtmlContent ExtractHtml(std::string_view html) {
  HtmlContent content;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 100;  // we only need the tree; do not collect every parse error
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  Finder find;
  find.content = &content;
  Scan(output->document, find);
  if (content.title.empty() && find.h1) CollectText(find.h1, content.title);
  const GumboNode* main = find.article ? find.article : find.body ? find.body : output->document;
  CollectText(main, content.text);
  while (!content.text.empty() && (content.text.back() == '\n' || content.text.back() == ' ')) {
    content.text.pop_back();
  }
  while (!content.title.empty() && (content.title.back() == '\n' || content.title.back() == ' ')) {
    content.title.pop_back();
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  return content;
}

void ReadHtmlBytes(std::string_view name, std::string bytes, const IngestOptions& options,
                   IngestAccount& account, const DocumentFn& on_document,
                   const ProblemFn& on_problem) {
  const std::string where(name);
  size_t offset = 0;
  if (bytes.find('\0') != std::string::npos) {
    ++account.read;
    offset = bytes.find('\0');
    ingest_internal::SkipDocument(where, "binary file",
                                  "NUL byte at byte offset " + std::to_string(offset),
                                  StatusCode::kUnsupported, account, on_problem);
    return;
  }
  ++account.read;
  // Repair first so the report can give offsets into the page as the user has it.
  Utf8Report repair = ingest_internal::RepairInvalidUtf8(bytes);
  if (repair.invalid_sequences > 0) {
    ++account.repaired;
    Status status = ParseError("invalid UTF-8 at byte offset " +
                               std::to_string(repair.first_offset) + " of the page (" +
                               std::to_string(repair.invalid_sequences) +
                               " invalid sequence(s) replaced with U+FFFD)");
    on_problem(Severity::kWarning, status.At(where, 0));
  }
  HtmlContent content = ExtractHtml(bytes);
  Document doc;
  doc.id = ingest_internal::BaseName(name);
  doc.metadata["path"] = where;
  if (!content.title.empty()) doc.metadata["title"] = content.title;
  if (!content.date.empty()) {
    if (auto date = ParseDate(content.date)) doc.date = *date;
  }
  if (!doc.date.known() && options.date) doc.date = *options.date;
  doc.text = std::move(content.text);
  ingest_internal::FinishDocument(where, std::move(doc), options, account, on_document, on_problem);
}

}  // namespace entente
