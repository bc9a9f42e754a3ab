// De webpagina van passend-toewijzen: voortgang van verzenden en verwerken.
// Zonder dit script werkt de pagina ook (gewoon formulier; de taakpagina ververst zichzelf).
"use strict";
(() => {
  const tekst = (vak, zin) => { vak.querySelector("[data-tekst]").textContent = zin; };
  const getal = (n) => n.toLocaleString("nl-NL");

  const toonFout = (document_) => {
    const vak = document.getElementById("fouten");
    vak.replaceChildren();
    const kop = document.createElement("h2");
    kop.textContent = "Er is geen verslag gemaakt";
    const fouten = (document_ && document_.fouten) || [];
    const melding = document.createElement("p");
    melding.dataset.melding = "";
    melding.textContent = fouten.length
      ? "Verbeter dit en probeer het opnieuw:"
      : (document_ && document_.melding) || "De dienst gaf een onverwacht antwoord.";
    vak.append(kop, melding);
    if (fouten.length) {
      const lijst = document.createElement("ul");
      for (const f of fouten) {
        const li = document.createElement("li");
        const veld = document.createElement("strong");
        veld.textContent = f.label || f.veld || "invoer";
        li.append(veld, `: ${f.melding}`);
        lijst.append(li);
      }
      vak.append(lijst);
    }
    vak.hidden = false;
    vak.focus();
  };

  const formulier = document.querySelector("form[data-verantwoording]");
  if (formulier) {
    formulier.addEventListener("submit", (gebeurtenis) => {
      gebeurtenis.preventDefault();
      const knop = formulier.querySelector("button[type=submit]");
      const vak = document.getElementById("voortgang");
      const balk = vak.querySelector("progress");
      document.getElementById("fouten").hidden = true;
      knop.disabled = true;
      vak.hidden = false;
      balk.value = 0;
      tekst(vak, "Bestand verzenden…");
      const verzoek = new XMLHttpRequest();
      verzoek.open("POST", formulier.action);
      verzoek.setRequestHeader("Accept", "application/json");
      verzoek.upload.addEventListener("progress", (e) => {
        if (!e.lengthComputable) return;
        balk.max = e.total;
        balk.value = e.loaded;
        tekst(vak, `Bestand verzenden: ${Math.round((100 * e.loaded) / e.total)}%`);
      });
      verzoek.upload.addEventListener("load", () => {
        balk.removeAttribute("value");
        tekst(vak, "Bestand verzonden; het verslag wordt gemaakt…");
      });
      verzoek.addEventListener("load", () => {
        let antwoord = null;
        try { antwoord = JSON.parse(verzoek.responseText); } catch (_) { antwoord = null; }
        if (verzoek.status === 202 && antwoord && antwoord.adres) {
          window.location.assign(antwoord.adres);
          return;
        }
        knop.disabled = false;
        vak.hidden = true;
        toonFout(antwoord);
      });
      verzoek.addEventListener("error", () => {
        knop.disabled = false;
        vak.hidden = true;
        toonFout({ melding: "De dienst is niet bereikbaar. Draait passend-toewijzen dienst nog?" });
      });
      verzoek.send(new FormData(formulier));
    });
  }

  const taak = document.querySelector("[data-taak-status]");
  if (taak) {
    const vraag = () => {
      fetch(taak.dataset.taakStatus, { headers: { Accept: "application/json" } })
        .then((antwoord) => (antwoord.ok ? antwoord.json() : null))
        .then((status) => {
          if (!status || status.status !== "bezig") {
            window.location.reload();
            return;
          }
          tekst(taak, `${getal(status.gelezen)} rijen gelezen (${getal(status.seconden)} s)`);
          window.setTimeout(vraag, 700);
        })
        .catch(() => window.setTimeout(vraag, 2000));
    };
    window.setTimeout(vraag, 300);
  }
})();
