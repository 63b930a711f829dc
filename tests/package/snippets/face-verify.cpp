#include <XidentQt/client.h>
#include <XidentQt/face2fa.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Xident::Config config(qEnvironmentVariable("XIDENT_SECRET_KEY"));
    config.setBaseUrl(u"http://localhost:9000"_s);
    config.setApiVersion(u"2026-08-13"_s);
    Xident::Client client(config);
    QFile file(u"face.jpg"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << file.fileName() << ": " << file.errorString() << '\n';
        return 1;
    }
    const QByteArray image = file.readAll();
    auto *job = client.verifyFace(u"snippet-user"_s, image);
    QObject::connect(job, &Xident::Job::finished, &app, [job] {
        if (job->error()) {
            QTextStream(stderr) << job->error().toString() << '\n';
            QCoreApplication::exit(1);
            return;
        }
        QTextStream out(stdout);
        out << job->challengeId() << ' ' << job->status() << '\n';
        QCoreApplication::exit(0);
    });
    job->start();
    return app.exec();
}
