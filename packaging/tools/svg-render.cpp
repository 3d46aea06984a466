// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time helper: renders an SVG into raster images with Qt's own SVG renderer, so the packaged PNG
// (and Windows .ico) icons always match resources/icons/peering-desk.svg. ImageMagick cannot do this on a
// Debian system without librsvg, and committing PNGs would let them drift from the SVG.
//
// Usage: peering-svg-render INPUT.svg SIZE OUTPUT [SIZE OUTPUT ...]
// The output format follows the file extension (png always; ico where Qt's image format plugin exists).
#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4 || (args.size() - 2) % 2 != 0) {
        err << "usage: peering-svg-render INPUT.svg SIZE OUTPUT [SIZE OUTPUT ...]\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "peering-svg-render: cannot read " << args.at(1) << '\n';
        return 1;
    }
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            err << "peering-svg-render: bad size " << args.at(i) << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        QImageWriter writer(args.at(i + 1));
        if (!writer.write(image)) {
            err << "peering-svg-render: cannot write " << args.at(i + 1) << ": " << writer.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}
