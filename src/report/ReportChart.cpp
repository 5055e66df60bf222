// SPDX-License-Identifier: MIT
#include "cnms/report/ReportDocument.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

#include <stdexcept>

namespace cnms::report {

namespace {

constexpr double kMmPerInch = 25.4;
// Scene units are pixels of a 96 dpi screen, where Qt turns the chart's point-size fonts into pixels.
constexpr double kSceneDpi = 96.0;

}  // namespace

QImage renderChart(QChart* chart, QSizeF sizeMm, double dpi) {
    if (chart == nullptr || sizeMm.isEmpty() || !(dpi > 0.0))
        throw std::invalid_argument("renderChart needs a chart, a size and a resolution");

    const QSizeF sceneSize = sizeMm / kMmPerInch * kSceneDpi;
    const QSize imageSize = (sizeMm / kMmPerInch * dpi).toSize();

    // Borrow the chart: take it out of its view's scene, lay it out at the page size, give it back.
    QGraphicsScene* const previousScene = chart->scene();
    const QSizeF previousSize = chart->size();
    const QPointF previousPos = chart->pos();
    const QChart::AnimationOptions previousAnimations = chart->animationOptions();
    if (previousScene != nullptr)
        previousScene->removeItem(chart);

    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setPos(0, 0);
    chart->resize(sceneSize);
    scene.setSceneRect(QRectF(QPointF(0, 0), sceneSize));

    QImage image(imageSize, QImage::Format_RGB32);
    image.fill(Qt::white);  // opaque: no alpha channel to embed in the PDF
    image.setDotsPerMeterX(qRound(dpi / kMmPerInch * 1000.0));
    image.setDotsPerMeterY(qRound(dpi / kMmPerInch * 1000.0));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(imageSize)), scene.sceneRect());
    }

    scene.removeItem(chart);
    chart->setAnimationOptions(previousAnimations);
    if (previousScene != nullptr) {
        previousScene->addItem(chart);
        chart->setPos(previousPos);
        chart->resize(previousSize);
    }
    return image;
}

}  // namespace cnms::report
