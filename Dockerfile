# Builds both applications from this repository; the same image runs the web app (default) or the
# importer (`java -jar /app/importer/quarkus-run.jar import /articles`).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY db-migrations db-migrations
COPY core core
COPY importer importer
COPY web web
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /var/lib/dossier --create-home dossier
COPY --from=build /src/web/target/quarkus-app /app/web
COPY --from=build /src/importer/target/quarkus-app /app/importer
USER dossier
EXPOSE 8080
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75"
CMD ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/web/quarkus-run.jar"]
