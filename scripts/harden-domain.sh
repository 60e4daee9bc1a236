#!/usr/bin/env bash
# Stops a GlassFish 8 domain from announcing itself in every HTTP response, and compresses its text responses. Edits
# DOMAIN_DIR/config/domain.xml while the domain is stopped (GlassFish reads it at start); running it again changes
# nothing.
#
#   scripts/harden-domain.sh .portal/glassfish8/glassfish/domains/domain1
#
# What GlassFish 8.0.0 sends by default, and why these two edits remove it (checked in its classes, nucleus
# GlassfishNetworkListener$GlassfishHttpCodecFilter):
#   Server: Eclipse GlassFish 8.0.0
#   X-Powered-By: Servlet/6.1 JSP/4.0(Eclipse GlassFish 8.0.0 Java/Eclipse Adoptium/25)
# * The Server header is the system property "product.name", or the product's own name and version when the property
#   is unset; when it is set but empty, no Server header is written (and no X-Powered-By either, as that header
#   embeds the same text). GlassFish 8.0.0's <http> element has no attribute to switch the Server header off, so every
#   <java-config> gets the JVM option -Dproduct.name= (empty).
# * X-Powered-By is switched off per listener by xpowered-by="false" on every <http> element of <protocols>
#   (http-listener-1, http-listener-2, admin-listener; in server-config and in default-config for new instances).
# * The same <http> elements, except the admin listener's, get gzip compression (Grizzly's CompressionConfig,
#   attributes of GlassFish's Http config bean): the search page's first load is about 1.4 MB uncompressed, nearly all
#   of it PrimeFaces' own CSS and JavaScript, and text compresses to a fifth or less. Grizzly compares each listed
#   type as a prefix of the response's Content-Type ("text/html" also matches "text/html;charset=UTF-8"), so both
#   names of JavaScript are listed; woff2 fonts and images other than SVG are compressed already. Responses under
#   1 KB are not worth the CPU. Not yet measured on a running domain: PageWeightIT checks it.
# Checked on GlassFish 8.0.0 (2026-11-29): both headers gone on HTTP, HTTPS and the admin port, the container's error
# reports for the portal no longer name the server, asadmin still works. (With no application deployed at /, the
# domain's own 404 page still shows the version.) A servlet filter cannot do this: Grizzly writes the headers itself.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 DOMAIN_DIR" >&2
  exit 64
fi
domain_xml="$1/config/domain.xml"
if [ ! -f "$domain_xml" ]; then
  echo "harden-domain: no $domain_xml" >&2
  exit 66
fi

before=$(cksum < "$domain_xml")
# -0777: the whole file at once, so that one java-config block can be handled as a unit
perl -0777 -i -pe '
  # every <http ...> start tag (not <http-service>, <http-redirect>): exactly one xpowered-by="false"
  s{<http(\s[^>]*?)(\s*/?)>}{
    my ($attributes, $end) = ($1, $2);
    $attributes =~ s/\s+xpowered-by="[^"]*"//g;
    # room for a request line with a patient description (GET /api/studies?patient=, up to 5,000 characters, up to
    # 15 KB URL-encoded) over HTTP/1.1: the default 8 KB would refuse it. (HTTP/2 keeps its own, smaller limit.)
    $attributes =~ s/\s+header-buffer-length-bytes="[^"]*"//g;
    $attributes =~ s/\s+(?:compression|compressable-mime-type|compression-min-size-bytes)="[^"]*"//g;
    # not on the admin listener (virtual server __asadmin): asadmin and the console stay as they were
    my $compression = $attributes =~ /default-virtual-server="__asadmin"/ ? "" :
        " compression=\"on\" compressable-mime-type=\"text/html,text/css,text/javascript,application/javascript,"
        . "application/json,application/problem+json,application/xml,text/xml,text/plain,text/csv,image/svg+xml\""
        . " compression-min-size-bytes=\"1024\"";
    "<http$attributes xpowered-by=\"false\" header-buffer-length-bytes=\"32768\"$compression$end>"
  }ge;
  # every <java-config>: exactly one -Dproduct.name= (empty), as its last jvm-options
  s{(<java-config\b.*?)(\n([ \t]*)</java-config>)}{
    my ($body, $close, $indent) = ($1, $2, $3);
    $body =~ s/\n[ \t]*<jvm-options>-Dproduct\.name=[^<]*<\/jvm-options>//g;
    "$body\n$indent  <jvm-options>-Dproduct.name=</jvm-options>$close"
  }gse;
' "$domain_xml"

if [ "$(cksum < "$domain_xml")" = "$before" ]; then
  echo "harden-domain: $domain_xml already hardened"
else
  echo "harden-domain: $domain_xml hardened (no Server, no X-Powered-By; gzip for text)"
fi
