// The main window on the smallest screen a hospital has: 1280x720 logical pixels (a 1366x768
// laptop with a taskbar, or a 1920x1080 screen at 150 %). Every role, every workspace, both
// languages: the window's minimum fits, it does not grow by itself, and the buttons a person
// came for (Write, Import, Sign out) and the status bar are on the screen, not under a scroll
// area's edge or another widget. Then the Write and Import workspaces with real content in them.
#include "GuiFixtures.h"
#include "StationFixture.h"
#include "TestSupport.h"

#include "gui/BackgroundTask.h"
#include "gui/ContentTree.h"
#include "gui/FirstRunWizard.h"
#include "gui/ImportWorkspace.h"
#include "gui/LocalIdentityForm.h"
#include "gui/LoginDialog.h"
#include "gui/MainWindow.h"
#include "gui/MediaGauge.h"
#include "gui/NodeTable.h"
#include "gui/PatientChoice.h"
#include "gui/SourceList.h"
#include "gui/UiLanguage.h"
#include "gui/UserTable.h"
#include "gui/WriteWorkspace.h"

#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <algorithm>

using namespace pdi;

namespace {

constexpr int WorkerWaitMs = 180000;
const QSize SmallestScreen(1280, 720);

// Why `widget` cannot be used where it is: hidden, outside the window, or cut by a scroll area,
// a splitter or a sibling on top of it. Empty when the whole widget is there to click.
QString whyNotOnScreen(QWidget* widget, QWidget* window) {
    if (!widget)
        return QStringLiteral("missing");
    if (!widget->isVisibleTo(window))
        return QStringLiteral("%1 hidden").arg(widget->objectName());
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    if (!window->rect().contains(inWindow))
        return QStringLiteral("%1 at %2,%3 %4x%5 outside the window %6x%7")
            .arg(widget->objectName())
            .arg(inWindow.x())
            .arg(inWindow.y())
            .arg(inWindow.width())
            .arg(inWindow.height())
            .arg(window->width())
            .arg(window->height());
    if (widget->visibleRegion() != QRegion(widget->rect()))
        return QStringLiteral("%1 partly covered or scrolled away: %2 visible of %3x%4")
            .arg(widget->objectName())
            .arg(widget->visibleRegion().boundingRect().height())
            .arg(widget->width())
            .arg(widget->height());
    return QString();
}

// Where Tab goes against where the eyes go: each next field starts below the one before, or to
// its right (the same row, or the next column of a workspace). One line per step that goes back
// up into the same column, or leftwards on the same row. The chain is walked as Tab walks it:
// visible, enabled fields that take Tab.
QStringList readingOrderProblems(QWidget* window) {
    QList<QWidget*> chain;
    QWidget* w = window->nextInFocusChain();
    for (int guard = 0; w && w != window && guard < 5000; ++guard) {
        if (w->window() == window && w->isVisibleTo(window) && w->isEnabledTo(window) &&
            (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
            chain << w;
        w = w->nextInFocusChain();
    }
    // The chain is a ring: it is read from the field where reading starts, the top left one
    // (Qt's ring may begin with widgets a dialog made first, such as its buttons).
    auto place = [window](QWidget* w) {
        return w->mapTo(window, QPoint(0, 0));
    };
    const auto first = std::min_element(chain.begin(), chain.end(), [&](QWidget* a, QWidget* b) {
        const QPoint pa = place(a);
        const QPoint pb = place(b);
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    std::rotate(chain.begin(), first, chain.end());
    QStringList problems;
    for (int i = 1; i < chain.size(); ++i) {
        const QRect a(chain.at(i - 1)->mapTo(window, QPoint(0, 0)), chain.at(i - 1)->size());
        const QRect b(chain.at(i)->mapTo(window, QPoint(0, 0)), chain.at(i)->size());
        // Back up into the same or a column to the left, or leftwards on the same row.
        const bool up = b.top() < a.top() - 4 && b.left() < a.right() - 4;
        const bool left = qAbs(b.top() - a.top()) <= 4 && b.left() < a.left() - 4;
        if (up || left)
            problems << QStringLiteral("%1 (%2,%3) -> %4 (%5,%6)")
                            .arg(chain.at(i - 1)->objectName() + QLatin1Char('/') +
                                 QLatin1String(chain.at(i - 1)->metaObject()->className()))
                            .arg(a.x())
                            .arg(a.y())
                            .arg(chain.at(i)->objectName() + QLatin1Char('/') +
                                 QLatin1String(chain.at(i)->metaObject()->className()))
                            .arg(b.x())
                            .arg(b.y());
    }
    return problems;
}

QString fits(const QSize& size) {
    if (size.width() <= SmallestScreen.width() && size.height() <= SmallestScreen.height())
        return QString();
    return QStringLiteral("%1x%2 does not fit %3x%4")
        .arg(size.width())
        .arg(size.height())
        .arg(SmallestScreen.width())
        .arg(SmallestScreen.height());
}

// The widest text of one column against the column's width.
bool columnShowsWholeText(QTreeWidget* tree, int column) {
    const int width = tree->header()->sectionSize(column);
    QTreeWidgetItemIterator it(tree);
    for (; *it; ++it) {
        const QFontMetrics metrics((*it)->font(column));
        // Item margins and the check box of the first column.
        if (metrics.horizontalAdvance((*it)->text(column)) + 12 > width)
            return false;
    }
    return true;
}

} // namespace

class TestGuiLayout : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    test::StationFixture f_;
    QVector<QPair<Role, Session>> sessions_;
    QString yamada_; // one patient with an AI-derived series
    QString sato_;   // another patient
    QString medium_; // an outside medium for the Import workspace

    Session sessionOf(Role role) const {
        for (const auto& s : sessions_) {
            if (s.first == role)
                return s.second;
        }
        return sessions_.constFirst().second;
    }

    // The window at the smallest size, shown; every tab in turn is checked.
    void checkEveryWorkspace(MainWindow& window) {
        window.resize(SmallestScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(fits(window.minimumSizeHint()).isEmpty(),
                 qPrintable(fits(window.minimumSizeHint())));
        QVERIFY2(fits(window.minimumSize()).isEmpty(), qPrintable(fits(window.minimumSize())));
        for (int i = 0; i < window.workspaces()->count(); ++i) {
            window.workspaces()->setCurrentIndex(i);
            QTest::qWait(20);
            const QString tab = window.workspaces()->tabText(i);
            QVERIFY2(fits(window.minimumSizeHint()).isEmpty(),
                     qPrintable(tab + QLatin1String(": ") + fits(window.minimumSizeHint())));
            QCOMPARE(window.size(), SmallestScreen);
            QList<QWidget*> primary{window.statusBar(),
                                    window.findChild<QPushButton*>(QStringLiteral("signOut"))};
            QWidget* current = window.workspaces()->currentWidget();
            if (current == window.writeWorkspace())
                primary << current->findChild<QPushButton*>(QStringLiteral("write"));
            if (current == window.importWorkspace())
                primary << current->findChild<QPushButton*>(QStringLiteral("prepareImport"))
                        << current->findChild<QPushButton*>(QStringLiteral("openFolder"));
            for (QWidget* w : primary) {
                const QString why = whyNotOnScreen(w, &window);
                QVERIFY2(why.isEmpty(), qPrintable(tab + QLatin1String(": ") + why));
            }
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(f_.ok(), qPrintable(f_.error()));
        QVERIFY(f_.station().settings().set(f_.admin(), QStringLiteral("institution.name"),
                                            QStringLiteral("市立みなと病院")));
        sessions_ << qMakePair(Role::Admin, f_.admin());
        const QVector<QPair<Role, QString>> others{{Role::Reception, QStringLiteral("uketsuke")},
                                                   {Role::FrontDesk, QStringLiteral("desk")},
                                                   {Role::Technologist, QStringLiteral("tech")}};
        for (const auto& o : others) {
            std::optional<Session> s =
                f_.addAndLogin(o.second, o.first, QStringLiteral("Layout-Pa55word"));
            QVERIFY2(s, qPrintable(f_.error()));
            sessions_ << qMakePair(o.first, *s);
        }

        auto patient = [](const QString& id, const QString& name, const QString& study) {
            test::InstanceSpec s;
            s.patientId = id;
            s.patientName = name;
            s.birthDate = QStringLiteral("19620415");
            s.sex = QStringLiteral("M");
            s.studyUid = test::uid(study);
            s.seriesUid = test::uid(study + QStringLiteral(".1"));
            s.sopInstanceUid = test::uid(study + QStringLiteral(".1.1"));
            s.rows = 32;
            s.columns = 32;
            return s;
        };
        yamada_ = tmp_.filePath(QStringLiteral("yamada"));
        test::InstanceSpec a = patient(QStringLiteral("PAT-0001234567"),
                                       QStringLiteral("YAMADA^TAROUEMON=山田^太郎右衛門="
                                                      "やまだ^たろうえもん"),
                                       QStringLiteral("900.1"));
        QVERIFY(test::writeInstance(yamada_ + QStringLiteral("/ct.dcm"), a));
        test::InstanceSpec ai = a;
        ai.seriesUid = test::uid(QStringLiteral("900.1.9"));
        ai.sopInstanceUid = test::uid(QStringLiteral("900.1.9.1"));
        ai.seriesNumber = QStringLiteral("9");
        ai.seriesDescription = QStringLiteral("CAD RESULT");
        ai.sopClassUid = QStringLiteral("1.2.840.10008.5.1.4.1.1.7");
        ai.modality = QStringLiteral("OT");
        ai.imageType = QStringLiteral("DERIVED\\SECONDARY");
        ai.manufacturer = QStringLiteral("LPIXEL");
        ai.model = QStringLiteral("EIRL");
        QVERIFY(test::writeInstance(yamada_ + QStringLiteral("/cad.dcm"), ai));
        sato_ = tmp_.filePath(QStringLiteral("sato"));
        test::InstanceSpec b =
            patient(QStringLiteral("PAT-0009876543"),
                    QStringLiteral("SATO^HANAKO=佐藤^花子=さとう^はなこ"), QStringLiteral("900.2"));
        b.sex = QStringLiteral("F");
        QVERIFY(test::writeInstance(sato_ + QStringLiteral("/mr.dcm"), b));

        medium_ = tmp_.filePath(QStringLiteral("outside"));
        QVERIFY(test::writeConformantMedium(medium_, {a, b}, QStringLiteral("OUTSIDE")));
    }

    void everyWorkspaceFitsTheSmallestScreen_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("role");
        for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
            for (Role role : Roles::all())
                QTest::addRow("%s-%s", qPrintable(language), qPrintable(Roles::name(role)))
                    << language << int(role);
        }
    }

    void everyWorkspaceFitsTheSmallestScreen() {
        QFETCH(QString, language);
        QFETCH(int, role);
        UiLanguage::apply(language);
        MainWindow window({f_.station(), sessionOf(Role(role))});
        checkEveryWorkspace(window);
    }

    // The window's own first size fits the screen it opens on.
    void firstSizeFitsTheScreen() {
        UiLanguage::apply(QStringLiteral("ja"));
        MainWindow window({f_.station(), f_.admin()});
        // The desktop adds the product name; the title does not repeat it.
        QCOMPARE(window.windowTitle(), QStringLiteral("市立みなと病院"));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    // Two patients in the sources: both can be read and chosen without scrolling, the decision
    // column and the gauge say what they say, and nothing pushes the window larger.
    void writeWithTwoPatientsFits_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void writeWithTwoPatientsFits() {
        QFETCH(QString, language);
        UiLanguage::apply(language);
        MainWindow window({f_.station(), sessionOf(Role::FrontDesk)});
        window.resize(SmallestScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WriteWorkspace* write = window.writeWorkspace();
        write->sources()->addFolder(yamada_);
        write->sources()->addFolder(sato_);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !write->sources()->isCollecting() &&
                       write->sources()->locations().size() == 2;
            },
            WorkerWaitMs));
        QTest::qWait(20);
        QCOMPARE(window.size(), SmallestScreen);
        QVERIFY2(fits(window.minimumSizeHint()).isEmpty(),
                 qPrintable(fits(window.minimumSizeHint())));

        // Both patients, each with every line of its description, without scrolling.
        const QList<QRadioButton*> patients =
            write->patients()->findChildren<QRadioButton*>(QStringLiteral("patient"));
        QCOMPARE(patients.size(), 2);
        for (QRadioButton* p : patients) {
            const QString why = whyNotOnScreen(p, &window);
            QVERIFY2(why.isEmpty(), qPrintable(p->text() + QLatin1String(": ") + why));
            QVERIFY2(p->width() >= p->sizeHint().width(), qPrintable(p->text()));
        }

        QVERIFY(write->patients()->choose(QStringLiteral("PAT-0001234567")));
        QTest::qWait(20);
        QCOMPARE(window.size(), SmallestScreen);
        auto* tree = write->content()->findChild<QTreeWidget*>();
        QVERIFY(tree);
        QVERIFY(tree->topLevelItemCount() > 0);
        QVERIFY2(columnShowsWholeText(tree, tree->columnCount() - 1),
                 "the decision column cuts its text");

        // The gauge's text is not cut.
        MediaGauge* gauge = write->findChild<MediaGauge*>();
        QVERIFY(gauge);
        QVERIFY2(gauge->fontMetrics().horizontalAdvance(gauge->text()) + 8 <= gauge->width(),
                 qPrintable(gauge->text()));
        for (QWidget* w :
             {static_cast<QWidget*>(write->findChild<QPushButton*>(QStringLiteral("write"))),
              static_cast<QWidget*>(window.statusBar())}) {
            const QString why = whyNotOnScreen(w, &window);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
    }

    // An outside medium with two patients: the candidates and the local form are readable and
    // the Import button stays where it was.
    void importWithMediumFits() {
        UiLanguage::apply(QStringLiteral("ja"));
        MainWindow window({f_.station(), sessionOf(Role::Technologist)});
        window.resize(SmallestScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ImportWorkspace* import = window.importWorkspace();
        auto* importButton = import->findChild<QPushButton*>(QStringLiteral("prepareImport"));
        const QPoint before = importButton->mapTo(&window, QPoint(0, 0));
        QSignalSpy reconciled(import, &ImportWorkspace::reconciled);
        import->openMedium(medium_);
        QVERIFY(reconciled.wait(WorkerWaitMs));
        QTest::qWait(50);
        QCOMPARE(window.size(), SmallestScreen);
        QVERIFY2(fits(window.minimumSizeHint()).isEmpty(),
                 qPrintable(fits(window.minimumSizeHint())));
        QCOMPARE(importButton->mapTo(&window, QPoint(0, 0)), before);
        for (QWidget* w :
             {static_cast<QWidget*>(importButton), static_cast<QWidget*>(window.statusBar())}) {
            const QString why = whyNotOnScreen(w, &window);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        // The local patient's fields are wide enough for a full name and a date.
        for (QLineEdit* edit : import->findChildren<QLineEdit*>()) {
            if (!edit->isVisibleTo(&window))
                continue;
            QVERIFY2(edit->width() >=
                         edit->fontMetrics().horizontalAdvance(QStringLiteral("山田 太郎右衛門")),
                     qPrintable(edit->objectName()));
        }
    }

    // Tab follows the visual order in every form (issue 12: in the new-local-patient form Tab
    // skipped the romaji and the sex, and romaji went into the birth date).
    void tabFollowsTheReadingOrder() {
        UiLanguage::apply(QStringLiteral("ja"));
        {
            LocalIdentityForm form;
            form.resize(520, 400);
            form.show();
            form.findChild<QWidget*>(QStringLiteral("localDemographics"))->setVisible(true);
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            const QStringList problems = readingOrderProblems(&form);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            // The demographics one after the other, as a person types them.
            QStringList order;
            for (QWidget* w = form.findChild<QWidget*>(QStringLiteral("nameKanji")); w;
                 w = w->nextInFocusChain()) {
                if (order.size() == 5)
                    break;
                if (w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty())
                    order << w->objectName();
            }
            QCOMPARE(order, (QStringList{QStringLiteral("nameKanji"), QStringLiteral("nameKana"),
                                         QStringLiteral("nameRomaji"), QStringLiteral("birthDate"),
                                         QStringLiteral("sex")}));
        }
        // The dialogs, each as it opens.
        LoginDialog login(f_.station());
        NodeDialog node(QStringLiteral("PDISTATION"));
        AccountDialog account(f_.station());
        PasswordDialog password(f_.station(), QStringLiteral("tech"));
        FirstRunWizard wizard(f_.station());
        for (QWidget* dialog :
             std::initializer_list<QWidget*>{&login, &node, &account, &password, &wizard}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            const QStringList problems = readingOrderProblems(dialog);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QLatin1String(dialog->metaObject()->className()) +
                                QLatin1String(": ") + problems.join(QLatin1Char('\n'))));
            dialog->hide();
        }

        MainWindow window({f_.station(), f_.admin()});
        window.resize(SmallestScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < window.workspaces()->count(); ++i) {
            window.workspaces()->setCurrentIndex(i);
            QList<QTabWidget*> inner =
                window.workspaces()->currentWidget()->findChildren<QTabWidget*>();
            const int pages = inner.isEmpty() ? 1 : inner.constFirst()->count();
            for (int page = 0; page < pages; ++page) {
                if (!inner.isEmpty())
                    inner.constFirst()->setCurrentIndex(page);
                QTest::qWait(20);
                const QStringList problems = readingOrderProblems(&window);
                QVERIFY2(problems.isEmpty(),
                         qPrintable(window.workspaces()->tabText(i) + QLatin1String(" ") +
                                    QString::number(page) + QLatin1String(": ") +
                                    problems.join(QLatin1Char('\n'))));
            }
        }
    }

    void cleanupTestCase() { QTRY_COMPARE_WITH_TIMEOUT(BackgroundTask::running(), 0, 60000); }
};

QTEST_MAIN(TestGuiLayout)
#include "tst_gui_layout.moc"
