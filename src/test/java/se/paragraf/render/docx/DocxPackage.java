package se.paragraf.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A DOCX opened as plain zip and DOM, to inspect what a renderer wrote without docx4j. */
final class DocxPackage {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String PR = "http://schemas.openxmlformats.org/package/2006/relationships";

  final Map<String, byte[]> entries = new LinkedHashMap<>();
  /** Relationship id of word/document.xml to target ("header1.xml", "https://…"). */
  final Map<String, String> rels = new LinkedHashMap<>();
  /** Header and footer part names by role: "header-first", "footer-default". */
  final Map<String, String> hdrFtr = new LinkedHashMap<>();

  /** Re-reads {@code docx} with docx4j (see {@link #docx4j}), then opens it as zip and DOM. */
  static DocxPackage checked(byte[] docx) throws Exception {
    docx4j(docx);
    return new DocxPackage(docx);
  }

  DocxPackage(byte[] docx) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    NodeList rs = dom("word/_rels/document.xml.rels").getElementsByTagNameNS(PR, "Relationship");
    for (int i = 0; i < rs.getLength(); i++) {
      Element r = (Element) rs.item(i);
      rels.put(r.getAttribute("Id"), r.getAttribute("Target"));
    }
    for (String kind : new String[] {"header", "footer"}) {
      NodeList refs = dom("word/document.xml").getElementsByTagNameNS(W, kind + "Reference");
      for (int i = 0; i < refs.getLength(); i++) {
        Element ref = (Element) refs.item(i);
        hdrFtr.put(kind + "-" + ref.getAttributeNS(W, "type"),
            "word/" + rels.get(ref.getAttributeNS(R, "id")));
      }
    }
  }

  Document dom(String entry) {
    byte[] bytes = entries.get(entry);
    if (bytes == null) {
      throw new AssertionError("the package has no " + entry + "; it has " + entries.keySet());
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (Exception e) {
      throw new AssertionError("cannot parse " + entry, e);
    }
  }

  /** The w:val of every element {@code local} in {@code entry}, e.g. all pStyle values. */
  java.util.List<String> vals(String entry, String local) {
    NodeList n = dom(entry).getElementsByTagNameNS(W, local);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add(((Element) n.item(i)).getAttributeNS(W, "val"));
    }
    return out;
  }

  /**
   * Re-reads a DOCX with docx4j and unmarshals every XML part (docx4j loads parts lazily), so a
   * part docx4j cannot read fails here.
   */
  static org.docx4j.openpackaging.packages.WordprocessingMLPackage docx4j(byte[] docx)
      throws Exception {
    var pkg = org.docx4j.openpackaging.packages.WordprocessingMLPackage.load(
        new ByteArrayInputStream(docx));
    for (var part : pkg.getParts().getParts().values()) {
      if (part instanceof org.docx4j.openpackaging.parts.JaxbXmlPart<?> x) {
        if (x.getContents() == null) {
          throw new AssertionError("docx4j read no content from " + part.getPartName());
        }
      }
    }
    return pkg;
  }
}
