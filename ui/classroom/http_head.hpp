// The head of one HTTP/1.x request, parsed with caps before anything else looks at it: the
// classroom server treats every byte from a browser as hostile.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace cnnlab {

struct HttpLimits {
  qsizetype maxHead = 8 * 1024;   // request line + headers, bytes
  qsizetype maxTarget = 2048;     // path + query, bytes
  int maxHeaders = 64;
  qsizetype maxBody = 0;          // Content-Length allowed (POST /api/predict); 0: no request has a body
};

struct HttpHead {
  // Complete: a well-formed head was read. Incomplete: read more (still under the cap).
  // Otherwise status is the error to answer: 400 malformed (also a Content-Length that is not one
  // decimal number), 411 a body without a Content-Length (chunked), 413 a body over
  // limits.maxBody, 414 the target is too long, 431 the head is too large, 505 not HTTP/1.x.
  enum class Result { Complete, Incomplete, Error };
  Result result = Result::Incomplete;
  int status = 0;
  qsizetype size = 0;            // bytes of the head, "\r\n\r\n" included
  QByteArray method, path, query; // path and query raw, exactly as sent (nothing decoded)
  qsizetype contentLength = 0;    // the body's bytes, which follow the head (at most limits.maxBody)
  QList<QPair<QByteArray, QByteArray>> headers;  // names in lower case, values trimmed

  QByteArray header(const QByteArray& lowerName) const;
  // A query parameter, percent-decoded ('+' is a space); empty when absent.
  QByteArray queryValue(const QByteArray& name) const;
  bool hasQueryValue(const QByteArray& name) const;
  // A cookie's value from the Cookie header ("a=1; name=value"), raw; empty when absent.
  QByteArray cookie(const QByteArray& name) const;
};

// Parses the start of `data`: the bytes received so far on a connection.
HttpHead parseHttpHead(const QByteArray& data, const HttpLimits& limits = {});

}  // namespace cnnlab
