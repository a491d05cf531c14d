<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
  <context>
    <name>SegregationAnalysis</name>
    <message>
      <location filename="../algorithms/cluster_polygons.py" line="68" />
      <source>Cancelled.</source>
      <translation>Peruutettu.</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="53" />
      <source>Units per cluster category</source>
      <translation>Yksiköt klusteriluokittain</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="54" />
      <source>Pseudo p = (M + 1) / (R + 1) from conditional permutation: each unit's value is held fixed and its neighbours' values are drawn from the other units. A unit is in a cluster when its adjusted p is at most the significance level.</source>
      <translation>Pseudo-p = (M + 1) / (R + 1) ehdollisesta permutaatiosta: kunkin yksikön arvo pidetään ennallaan ja sen naapureiden arvot arvotaan muista yksiköistä. Yksikkö kuuluu klusteriin, kun sen korjattu p on enintään merkitsevyystaso.</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="57" />
      <source>All units share one set of random draws (as esda does): each unit's test is exact, but the number of significant units moves a little from seed to seed. More permutations make it steadier.</source>
      <translation>Kaikki yksiköt käyttävät samoja satunnaisotoksia (kuten esda): jokaisen yksikön testi on tarkka, mutta merkitsevien yksiköiden määrä vaihtelee hieman satunnaissiemenestä toiseen. Useammat permutaatiot vakauttavat sitä.</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="59" />
      <source>Disadvantage clusters (local spatial association)</source>
      <translation>Huono-osaisuuden keskittymät (paikallinen spatiaalinen autokorrelaatio)</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="41" />
      <source>Input</source>
      <translation>Syötetaso</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="41" />
      <source>Statistic</source>
      <translation>Tunnusluku</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="42" />
      <source>Variable</source>
      <translation>Muuttuja</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="43" />
      <source>Permutations</source>
      <translation>Permutaatiot</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="43" />
      <source>Random seed</source>
      <translation>Satunnaissiemen</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="44" />
      <source>Alternative hypothesis</source>
      <translation>Vaihtoehtoinen hypoteesi</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="45" />
      <source>Multiple-testing adjustment</source>
      <translation>Monitestauskorjaus</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="46" />
      <source>Significance level</source>
      <translation>Merkitsevyystaso</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="46" />
      <source>Units tested</source>
      <translation>Testatut yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="47" />
      <source>Spatial weights</source>
      <translation>Spatiaaliset painot</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="24" />
      <source>all regions</source>
      <translation>kaikki alueet</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="49" />
      <source>Region</source>
      <translation>Alue</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="49" />
      <source>Units</source>
      <translation>Yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="21" />
      <source>whole layer</source>
      <translation>koko taso</translation>
    </message>
    <message>
      <location filename="../algorithms/cluster_report.py" line="51" />
      <source>Inhabitants ({}) in {}</source>
      <translation>Asukkaat ({}), {}</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="90" />
      <source>Disadvantage clusters</source>
      <translation>Huono-osaisuuden keskittymät</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="96" />
      <source>Hot spots and clusters of a variable: local Moran's I, Getis-Ord Gi*, local join count or the rate Moran, with permutation p-values corrected for multiple testing.</source>
      <translation>Muuttujan kuumat pisteet ja klusterit: paikallinen Moranin I, Getis-Ord Gi*, paikallinen join count tai osuuksien Moranin I; permutaatioihin perustuvat p-arvot korjataan monitestausta varten.</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="100" />
      <source>&lt;p&gt;Finds where high (or low) values cluster in space, e.g. the disadvantage index or an unemployment rate.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Local Moran's I&lt;/b&gt; (Anselin 1995): a unit like its neighbours (High-High, Low-Low) or unlike them (High-Low, Low-High).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Getis-Ord Gi*&lt;/b&gt; (Getis &amp;amp; Ord 1992; Ord &amp;amp; Getis 1995): hot spots (High-High) and cold spots (Low-Low) of the unit and its neighbours together; values must be non-negative.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Local join count&lt;/b&gt; (Anselin &amp;amp; Li 2019): units flagged 1 (e.g. &lt;code&gt;multiple_disadvantage&lt;/code&gt;) whose neighbours are also flagged; always tested one-sided (more flagged neighbours than chance).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rate Moran&lt;/b&gt; (Assunção &amp;amp; Reis 1999): local Moran's I of empirical-Bayes standardised rates count / base, so small areas do not dominate.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Inference&lt;/b&gt;: conditional permutation (each unit's value is held fixed and its neighbours' values are drawn at random from the other units), pseudo p = (M + 1) / (R + 1), two-sided by default. With hundreds of units, some are 'significant' by chance; the p-values are therefore adjusted: Benjamini-Hochberg false discovery rate (default), Bonferroni, or none. A unit is in a cluster when its adjusted p is at most the significance level. With R permutations no p is below 1 / (R + 1): on layers of thousands of units (e.g. 250 m grids) use 9 999 permutations or more, or the adjustment leaves nothing significant.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Weights&lt;/b&gt;: queen contiguity by default; square grids are linked from their positions. With a region field and 'Neighbours only within the same region', every region (city) is analysed on its own: its own mean, its own permutations. Units without neighbours get 'No neighbours'; units with a missing value (-1, NULL, '..') get 'Missing' and are left out.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: a copy of the features with the statistic, its expectation, z, p, adjusted p and the &lt;code&gt;cluster&lt;/code&gt; field (High-High, Low-Low, High-Low, Low-High, Not significant, No neighbours, Missing), styled red, blue, pink, light blue and grey. &lt;b&gt;Cluster polygons&lt;/b&gt; (optional): linked significant High-High (and Low-Low) units dissolved into one polygon per cluster, with the number of units, the population and group counts and the mean value. The seed and every setting are written into the output, so the run can be repeated exactly.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Etsii, missä suuret (tai pienet) arvot kasautuvat alueellisesti, esim. huono-osaisuusindeksi tai työttömyysaste.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Paikallinen Moranin I&lt;/b&gt; (Anselin 1995): yksikkö on samankaltainen kuin naapurinsa (High-High, Low-Low) tai erilainen kuin ne (High-Low, Low-High).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Getis-Ord Gi*&lt;/b&gt; (Getis &amp;amp; Ord 1992; Ord &amp;amp; Getis 1995): yksikön ja sen naapurien muodostamat kuumat pisteet (High-High) ja kylmät pisteet (Low-Low); arvot eivät saa olla negatiivisia.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Paikallinen join count&lt;/b&gt; (Anselin &amp;amp; Li 2019): yksiköt, joiden merkintä on 1 (esim. &lt;code&gt;multiple_disadvantage&lt;/code&gt;) ja joiden naapureillakin on sama merkintä; testataan aina yksisuuntaisesti (merkittyjä naapureita enemmän kuin sattumalta voisi odottaa).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Osuuksien Moranin I&lt;/b&gt; (rate Moran; Assunção &amp;amp; Reis 1999): paikallinen Moranin I empiirisellä Bayes-menetelmällä standardoiduista osuuksista (lukumäärä / perusjoukko), jotta pienet alueet eivät hallitse tulosta.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Tilastollinen päättely&lt;/b&gt;: ehdollinen permutaatio (kunkin yksikön arvo pidetään kiinteänä ja sen naapurien arvot arvotaan satunnaisesti muiden yksiköiden arvoista), pseudo-p = (M + 1) / (R + 1), oletuksena kaksisuuntainen. Kun yksiköitä on satoja, osa niistä on 'merkitseviä' sattumalta; siksi p-arvot korjataan: Benjamini–Hochbergin väärien löydösten osuus (FDR, oletus), Bonferroni tai ei korjausta. Yksikkö kuuluu klusteriin, kun sen korjattu p on enintään merkitsevyystaso. R permutaatiolla mikään p ei ole pienempi kuin 1 / (R + 1): tuhansien yksiköiden tasoilla (esim. 250 m:n ruudut) käytä vähintään 9 999 permutaatiota, muuten korjauksen jälkeen mikään ei ole merkitsevä.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Painot&lt;/b&gt;: oletuksena kuningatarvierekkäisyys; neliöruudukot yhdistetään ruutujen sijaintien perusteella. Kun aluekenttä on valittu ja 'Naapurit vain saman alueen sisältä' on käytössä, kukin alue (kaupunki) analysoidaan erikseen: omalla keskiarvollaan ja omilla permutaatioillaan. Naapurittomat yksiköt saavat arvon 'No neighbours'; yksiköt, joilta puuttuu arvo (-1, NULL, '..'), saavat arvon 'Missing' ja jätetään pois.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulos&lt;/b&gt;: kopio kohteista, joihin on lisätty tunnusluku, sen odotusarvo, z, p, korjattu p ja kenttä &lt;code&gt;cluster&lt;/code&gt; (High-High, Low-Low, High-Low, Low-High, Not significant, No neighbours, Missing) ja jotka on väritetty punaisella, sinisellä, vaaleanpunaisella, vaaleansinisellä ja harmaalla. &lt;b&gt;Klusteripolygonit&lt;/b&gt; (valinnainen): toisiinsa liittyvät merkitsevät High-High-yksiköt (ja Low-Low-yksiköt) sulautetaan yhdeksi polygoniksi klusteria kohden; polygoneille lasketaan yksiköiden lukumäärä, väestö, ryhmien lukumäärät ja keskiarvo. Satunnaissiemen ja kaikki asetukset kirjoitetaan tulokseen, joten ajo voidaan toistaa täsmälleen samanlaisena.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="156" />
      <source>Weights transformation</source>
      <translation>Painojen muunnos</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="159" />
      <source>Read -1 as suppressed (missing)</source>
      <translation>Tulkitse -1 salatuksi arvoksi (puuttuva)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="131" />
      <source>Input layer</source>
      <translation>Syötetaso</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="136" />
      <source>Variable (for the rate: the count; for the join count: a 0/1 flag)</source>
      <translation>Muuttuja (osuudelle: lukumäärä; join countille: 0/1-merkintä)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="139" />
      <source>Base (population at risk) for the rate</source>
      <translation>Osuuden perusjoukko (riskiväestö)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="142" />
      <source>Region field (e.g. municipality)</source>
      <translation>Aluekenttä (esim. kunta)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="148" />
      <source>Random seed [empty = a new seed, written to the output]</source>
      <translation>Satunnaissiemen [tyhjä = uusi siemen, joka kirjoitetaan tulokseen]</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="164" />
      <source>Population field (summed per cluster polygon)</source>
      <translation>Väestökenttä (summataan klusteripolygoneittain)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="167" />
      <source>Group count fields (summed per cluster polygon)</source>
      <translation>Ryhmien lukumääräkentät (summataan klusteripolygoneittain)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="169" />
      <source>Local statistics and clusters</source>
      <translation>Paikalliset tunnusluvut ja klusterit</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="172" />
      <source>Cluster polygons</source>
      <translation>Klusteripolygonit</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="174" />
      <source>HTML report</source>
      <translation>HTML-raportti</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="176" />
      <source>Units in High-High clusters</source>
      <translation>Yksiköt korkea–korkea-klustereissa</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="177" />
      <source>Units in Low-Low clusters</source>
      <translation>Yksiköt matala–matala-klustereissa</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="178" />
      <source>Number of cluster polygons</source>
      <translation>Klusteripolygonien lukumäärä</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="189" />
      <source>The rate Moran needs a base field (the population at risk).</source>
      <translation>Osuuksien Moranin I edellyttää perusjoukkokenttää (riskiväestö).</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="203" />
      <source>No unit has a neighbour with these weights. Points and separate areas need k nearest neighbours or a distance band (parameter WEIGHTS).</source>
      <translation>Millään yksiköllä ei ole naapureita näillä painoilla. Pisteet ja erilliset alueet edellyttävät k lähimmän naapurin painoja tai etäisyysvyöhykettä (parametri WEIGHTS).</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="157" />
      <source>Row-standardised</source>
      <translation>Rivistandardoitu</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="157" />
      <source>Binary</source>
      <translation>Binäärinen</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="174" />
      <source>HTML files (*.html)</source>
      <translation>HTML-tiedostot (*.html)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="133" />
      <source>Local Moran's I</source>
      <translation>Paikallinen Moranin I</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="133" />
      <source>Getis-Ord Gi* (hot spots)</source>
      <translation>Getis-Ord Gi* (kuumat pisteet)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="133" />
      <source>Local join count (0/1 flag)</source>
      <translation>Paikallinen join count (0/1-merkintä)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="134" />
      <source>Local Moran's I of an empirical Bayes rate (count / base)</source>
      <translation>Paikallinen Moranin I empiirisellä Bayes-menetelmällä standardoidulle osuudelle (lukumäärä / perusjoukko)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="151" />
      <source>Two-sided</source>
      <translation>Kaksisuuntainen</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="151" />
      <source>Greater than the null</source>
      <translation>Suurempi kuin nollamallissa</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="151" />
      <source>Less than the null</source>
      <translation>Pienempi kuin nollamallissa</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="153" />
      <source>Benjamini-Hochberg false discovery rate</source>
      <translation>Benjamini–Hochberg, väärien löydösten osuus (FDR)</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="153" />
      <source>Bonferroni</source>
      <translation>Bonferroni</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="153" />
      <source>None</source>
      <translation>Ei korjausta</translation>
    </message>
    <message>
      <location filename="../algorithms/clusters.py" line="207" />
      <source>{} of {} units have no neighbours: they are not tested ('No neighbours').</source>
      <translation>{} yksiköllä {} yksiköstä ei ole naapureita: niitä ei testata ('No neighbours').</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="22" />
      <source>Drop the unit</source>
      <translation>Jätä yksikkö pois</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="22" />
      <source>Impute the group count from the region's rate</source>
      <translation>Imputoi ryhmän lukumäärä alueen ryhmäosuudesta</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="41" />
      <source>Segregation indices</source>
      <translation>Segregaatioindeksit</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="83" />
      <source>&lt;h3&gt;Missing values&lt;/h3&gt;&lt;p&gt;Statistics Finland's suppression code -1, NULL, empty text and '..' are read as missing, never as zero. &lt;b&gt;Drop the unit&lt;/b&gt; leaves units with a missing count or total out of that index; &lt;b&gt;Impute&lt;/b&gt; replaces a missing group count by the unit's total times the region's rate of that group (it needs a total field; a unit whose total is missing is dropped). Each result reports the number of dropped units and the population they held. A unit with total 0 adds nothing. Other negative values, non-numeric text and a group count larger than the total stop the algorithm with a message naming the field and the feature ids.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Puuttuvat arvot&lt;/h3&gt;&lt;p&gt;Tilastokeskuksen tietosuojamerkintä -1, NULL, tyhjä teksti ja '..' tulkitaan puuttuviksi arvoiksi, ei koskaan nolliksi. &lt;b&gt;Jätä yksikkö pois&lt;/b&gt; jättää yksiköt, joilta puuttuu ryhmän lukumäärä tai kokonaismäärä, pois kyseisen indeksin laskennasta; &lt;b&gt;Imputoi&lt;/b&gt; korvaa puuttuvan ryhmän lukumäärän yksikön kokonaismäärällä kerrottuna ryhmän osuudella alueella (tämä edellyttää kokonaismääräkenttää; yksikkö, jonka kokonaismäärä puuttuu, jätetään pois). Jokaisessa tuloksessa ilmoitetaan pois jätettyjen yksiköiden lukumäärä ja niiden väestö. Yksikkö, jonka kokonaismäärä on 0, ei vaikuta tulokseen. Muut negatiiviset arvot, ei-numeerinen teksti ja kokonaismäärää suurempi ryhmän lukumäärä keskeyttävät algoritmin ilmoitukseen, jossa mainitaan kenttä ja kohteiden tunnisteet.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="52" />
      <source>Input layer (areas, grid cells or a table)</source>
      <translation>Syötetaso (alueet, ruudut tai taulukko)</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="54" />
      <source>Group count fields</source>
      <translation>Ryhmien lukumääräkentät</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="57" />
      <source>Total (base) field [empty = sum of the groups]</source>
      <translation>Kokonaismääräkenttä (perusjoukko) [tyhjä = ryhmien summa]</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="64" />
      <source>Missing values (-1, NULL, '..')</source>
      <translation>Puuttuvat arvot (-1, NULL, '..')</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="72" />
      <source>Choose at least one group field.</source>
      <translation>Valitse vähintään yksi ryhmäkenttä.</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="61" />
      <source>Region field (one result per value, e.g. municipality)</source>
      <translation>Aluekenttä (yksi tulos kutakin arvoa kohden, esim. kunta)</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="76" />
      <source>The total field '{}' is also chosen as a group field.</source>
      <translation>Kokonaismääräkenttä '{}' on valittu myös ryhmäkentäksi.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="49" />
      <source>Random labelling of units between the two sets (test), with a bootstrap interval</source>
      <translation>Yksiköiden satunnainen uudelleenluokittelu (random labelling) kahden joukon välillä (testi) ja bootstrap-luottamusväli</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="50" />
      <source>Bootstrap only (interval, and the bootstrap test of a zero difference)</source>
      <translation>Vain bootstrap (luottamusväli sekä bootstrap-testi sille, että erotus on nolla)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="59" />
      <source>Compare segregation between two cities or years</source>
      <translation>Vertaa segregaatiota kahden kaupungin tai vuoden välillä</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="62" />
      <source>Difference of segregation indices between two sets of units (two cities, or one city in two years) with a p-value and a confidence interval.</source>
      <translation>Segregaatioindeksien erotus kahden yksikköjoukon välillä (kaksi kaupunkia tai yksi kaupunki kahtena vuonna) p-arvoineen ja luottamusväleineen.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="229" />
      <source>Differences between the two sets</source>
      <translation>Kahden joukon väliset erot</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="244" />
      <source>Difference = value in set B minus value in set A. Alternative hypothesis: two-sided (the index differs between the two sets, in either direction).</source>
      <translation>Erotus = arvo joukossa B miinus arvo joukossa A. Vaihtoehtoinen hypoteesi: kaksisuuntainen (indeksi eroaa joukkojen välillä kumpaan suuntaan tahansa).</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="266" />
      <source>Small units bias the evenness indices upward even when residence is random, the more so the fewer and smaller the units: read a value together with its test, not alone.</source>
      <translation>Pienet yksiköt vinouttavat tasaisuusindeksejä ylöspäin silloinkin, kun asuinpaikka on satunnainen, sitä enemmän mitä vähemmän ja mitä pienempiä yksiköitä on: tulkitse arvoa yhdessä sen testin kanssa, älä yksinään.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="273" />
      <source>Comparison of segregation between two sets</source>
      <translation>Segregaation vertailu kahden joukon välillä</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="66" />
      <source>&lt;p&gt;Is a city's segregation really higher than another's, or higher than it was? The index values of two sets of units differ even when residence is random, especially when the units are few or small. For each chosen index this algorithm computes the value in set A and set B, the &lt;b&gt;difference&lt;/b&gt; (B minus A), a two-sided &lt;b&gt;p-value&lt;/b&gt; and a &lt;b&gt;confidence interval&lt;/b&gt; of the difference.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Random labelling&lt;/b&gt; (default; Rey &amp;amp; Sastré-Gutiérrez 2010, Interregional inequality dynamics in Mexico, Spatial Economic Analysis 5(3); PySAL's TwoValueTest): the null hypothesis is that both sets come from one population of units. Each replicate pools the units of both sets, shuffles them between the sets (keeping the number of units in each) and recomputes the difference. p = 2 × (the smaller number of replicates at least as large, or at least as small, as the observed difference, + 1) / (replicates + 1), at most 1. &lt;b&gt;Bootstrap&lt;/b&gt;: units are resampled with replacement within each set; the interval is the percentile interval of the resampled differences at the chosen confidence level (computed with both methods); with the bootstrap method the p-value tests a zero difference from the same replicates.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reading&lt;/b&gt;: a small p (e.g. below 0.05) means a difference as large as the observed one rarely arises by chance; with R replicates p is never below 2 / (R + 1). An interval that excludes 0 agrees with a significant difference, and its width tells how precisely the difference is known.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indices&lt;/b&gt;: single-group indices (e.g. dissimilarity, isolation) are compared for every group field against the rest of the total; multigroup indices (e.g. multigroup dissimilarity, mutual information) once on all group fields (total = their sum, at least two groups). The default is dissimilarity and isolation and, with two or more groups, multigroup dissimilarity and mutual information.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reproducibility&lt;/b&gt;: the random draws come from the seed. Leave &lt;i&gt;Random seed&lt;/i&gt; empty for a new seed: the seed used is written to every output row, to the log and to the report, and running again with it gives identical results. Every group field and the multigroup indices are drawn from the same seed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: one row per index and group with the two values, the difference, the p-value, the mean and standard deviation of the random-labelling differences, the interval, the numbers of units used and dropped in each set, the method, the replicates and the seed. The optional HTML report shows the same as a readable page.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Onko kaupungin segregaatio todella suurempaa kuin toisen kaupungin tai suurempaa kuin ennen? Kahden yksikköjoukon indeksiarvot eroavat toisistaan silloinkin, kun asuinpaikka on satunnainen, erityisesti kun yksiköitä on vähän tai ne ovat pieniä. Tämä algoritmi laskee kullekin valitulle indeksille arvon joukossa A ja joukossa B, &lt;b&gt;erotuksen&lt;/b&gt; (B miinus A), kaksisuuntaisen &lt;b&gt;p-arvon&lt;/b&gt; ja erotuksen &lt;b&gt;luottamusvälin&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Satunnainen uudelleenluokittelu (random labelling)&lt;/b&gt; (oletus; Rey &amp;amp; Sastré-Gutiérrez 2010, Interregional inequality dynamics in Mexico, Spatial Economic Analysis 5(3); PySALin TwoValueTest): nollahypoteesi on, että molemmat joukot ovat peräisin samasta yksikköjen populaatiosta. Jokaisessa toistossa molempien joukkojen yksiköt yhdistetään, sekoitetaan satunnaisesti joukkojen kesken (kummankin joukon yksikkömäärä säilyttäen) ja erotus lasketaan uudelleen. p = 2 × (pienempi luvuista: niiden toistojen lukumäärä, joissa erotus on vähintään yhtä suuri kuin havaittu erotus, ja niiden, joissa se on enintään yhtä suuri, + 1) / (toistot + 1), kuitenkin enintään 1. &lt;b&gt;Bootstrap&lt;/b&gt;: yksiköistä poimitaan otoksia palauttaen kunkin joukon sisällä; luottamusväli on otoksista laskettujen erotusten persentiiliväli valitulla luottamustasolla (lasketaan kummallakin menetelmällä); bootstrap-menetelmässä p-arvo testaa samoista toistoista, onko erotus nolla.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulkinta&lt;/b&gt;: pieni p (esim. alle 0.05) tarkoittaa, että havaitun suuruinen erotus syntyy sattumalta harvoin; R toistolla p ei ole koskaan pienempi kuin 2 / (R + 1). Luottamusväli, johon 0 ei sisälly, on sopusoinnussa merkitsevän erotuksen kanssa, ja sen leveys kertoo, kuinka tarkasti erotus tunnetaan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indeksit&lt;/b&gt;: yhden ryhmän indeksejä (esim. erilaisuusindeksi, eristyneisyysindeksi) verrataan kullekin ryhmäkentälle suhteessa kokonaismäärän muuhun osaan; usean ryhmän indeksejä (esim. usean ryhmän erilaisuusindeksi, keskinäisinformaatioindeksi) kerran kaikista ryhmäkentistä (kokonaismäärä = niiden summa, vähintään kaksi ryhmää). Oletuksena ovat erilaisuusindeksi ja eristyneisyysindeksi sekä, jos ryhmiä on kaksi tai enemmän, usean ryhmän erilaisuusindeksi ja keskinäisinformaatioindeksi.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Toistettavuus&lt;/b&gt;: satunnaisarvonnat määräytyvät satunnaissiemenestä. Jätä &lt;i&gt;Satunnaissiemen&lt;/i&gt; tyhjäksi, niin käytetään uutta siementä: käytetty siemen kirjoitetaan jokaiselle tulosriville, lokiin ja raporttiin, ja uusi ajo samalla siemenellä antaa identtiset tulokset. Kaikki ryhmäkentät ja usean ryhmän indeksit arvotaan samasta siemenestä.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulos&lt;/b&gt;: yksi rivi kutakin indeksiä ja ryhmää kohden; riveillä ovat molemmat arvot, erotus, p-arvo, satunnaisen uudelleenluokittelun erotusten keskiarvo ja keskihajonta, luottamusväli, kummankin joukon käytettyjen ja pois jätettyjen yksiköiden lukumäärät, menetelmä, toistot ja siemen. Valinnainen HTML-raportti esittää samat tiedot luettavana sivuna.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="104" />
      <source>Indices</source>
      <translation>Indeksit</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="107" />
      <source>Method</source>
      <translation>Menetelmä</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="109" />
      <source>Replicates (permutations and bootstrap samples)</source>
      <translation>Toistot (permutaatiot ja bootstrap-otokset)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="115" />
      <source>Confidence level of the interval</source>
      <translation>Luottamusvälin luottamustaso</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="118" />
      <source>Atkinson shape parameter b (0 &lt; b &lt; 1)</source>
      <translation>Atkinsonin indeksin muotoparametri b (0 &lt; b &lt; 1)</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="121" />
      <source>Comparison of segregation</source>
      <translation>Segregaation vertailu</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="125" />
      <source>Random seed used</source>
      <translation>Käytetty satunnaissiemen</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="131" />
      <source>Choose at least one index.</source>
      <translation>Valitse vähintään yksi indeksi.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="136" />
      <source>The number of replicates must be at least 1.</source>
      <translation>Toistojen lukumäärän on oltava vähintään 1.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="153" />
      <source>Multigroup indices need at least two group fields.</source>
      <translation>Usean ryhmän indeksit edellyttävät vähintään kahta ryhmäkenttää.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="220" />
      <source>Group</source>
      <translation>Ryhmä</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="220" />
      <source>Index</source>
      <translation>Indeksi</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="222" />
      <source>Difference B − A</source>
      <translation>Erotus B − A</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="222" />
      <source>p-value</source>
      <translation>p-arvo</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="223" />
      <source>Interval low</source>
      <translation>Luottamusvälin alaraja</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="223" />
      <source>Interval high</source>
      <translation>Luottamusvälin yläraja</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="224" />
      <source>Mean difference under random labelling</source>
      <translation>Erotusten keskiarvo satunnaisessa uudelleenluokittelussa</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="224" />
      <source>Units A</source>
      <translation>Yksiköt A</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="225" />
      <source>Units B</source>
      <translation>Yksiköt B</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="225" />
      <source>Dropped A</source>
      <translation>Pois jätetyt A</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="225" />
      <source>Dropped B</source>
      <translation>Pois jätetyt B</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="231" />
      <source>Set A</source>
      <translation>Joukko A</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="232" />
      <source>Set B</source>
      <translation>Joukko B</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="233" />
      <source>Group fields</source>
      <translation>Ryhmäkentät</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="234" />
      <source>Total field</source>
      <translation>Kokonaismääräkenttä</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="235" />
      <source>Missing values</source>
      <translation>Puuttuvat arvot</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="238" />
      <source>Replicates</source>
      <translation>Toistot</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="240" />
      <source>Confidence level</source>
      <translation>Luottamustaso</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="241" />
      <source>Atkinson b</source>
      <translation>Atkinsonin b</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="142" />
      <source>Set A '{a}': {n_a} units; set B '{b}': {n_b} units; {k} groups.</source>
      <translation>Joukko A '{a}': {n_a} yksikköä; joukko B '{b}': {n_b} yksikköä; {k} ryhmää.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="144" />
      <source>Random seed: {}</source>
      <translation>Satunnaissiemen: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="234" />
      <source>sum of the groups</source>
      <translation>ryhmien summa</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="235" />
      <source>drop the unit</source>
      <translation>jätä yksikkö pois</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="236" />
      <source>impute from the set's rate</source>
      <translation>imputoi joukon ryhmäosuudesta</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="261" />
      <source>Interval: the {level:g} % bootstrap percentile interval of the difference (units resampled with replacement within each set, {r} replicates). An interval that excludes 0 agrees with a significant difference; its width shows how precisely the difference is known.</source>
      <translation>Luottamusväli: erotuksen {level:g} %:n bootstrap-persentiiliväli (yksiköistä poimittu otoksia palauttaen kunkin joukon sisällä, {r} toistoa). Luottamusväli, johon 0 ei sisälly, on sopusoinnussa merkitsevän erotuksen kanssa; sen leveys osoittaa, kuinka tarkasti erotus tunnetaan.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="269" />
      <source>Random seed {}: running again with this seed gives identical p-values and intervals.</source>
      <translation>Satunnaissiemen {}: uusi ajo tällä siemenellä antaa identtiset p-arvot ja luottamusvälit.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="213" />
      <source>The random seed must be an integer from 0 to {}.</source>
      <translation>Satunnaissiemenen on oltava kokonaisluku väliltä 0–{}.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="221" />
      <source>A: {}</source>
      <translation>A: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="221" />
      <source>B: {}</source>
      <translation>B: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="248" />
      <source>p-value (bootstrap): from the {r} bootstrap differences, p = 2 × (the smaller number of them on either side of 0, + 1) / ({r} + 1), at most 1. A small p (e.g. below 0.05) means the interval of plausible differences lies clearly on one side of 0.</source>
      <translation>p-arvo (bootstrap): {r} bootstrap-erotuksesta p = 2 × (pienempi niiden lukumääristä 0:n kummallakin puolella, + 1) / ({r} + 1), enintään 1. Pieni p (esim. alle 0.05) tarkoittaa, että uskottavien erotusten väli on selvästi 0:n toisella puolella.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="253" />
      <source>p-value (random labelling, Rey &amp; Sastré-Gutiérrez 2010): the null hypothesis is that both sets come from one population of units. Each of the {r} replicates shuffles the units between the two sets (keeping the number of units in each) and recomputes the difference; p = 2 × (the smaller number of replicates at least as large, or at least as small, as the observed difference, + 1) / ({r} + 1), at most 1. A small p (e.g. below 0.05) means a difference this large rarely arises by chance; with {r} replicates p is never below {p_min:.4f}.</source>
      <translation>p-arvo (satunnainen uudelleenluokittelu, Rey &amp; Sastré-Gutiérrez 2010): nollahypoteesi on, että molemmat joukot ovat peräisin samasta yksikköjen populaatiosta. Jokaisessa toistossa (yhteensä {r}) yksiköt sekoitetaan satunnaisesti kahden joukon kesken (kummankin joukon yksikkömäärä säilyttäen) ja erotus lasketaan uudelleen; p = 2 × (pienempi luvuista: niiden toistojen lukumäärä, joissa erotus on vähintään yhtä suuri kuin havaittu erotus, ja niiden, joissa se on enintään yhtä suuri, + 1) / ({r} + 1), kuitenkin enintään 1. Pieni p (esim. alle 0.05) tarkoittaa, että näin suuri erotus syntyy sattumalta harvoin; {r} toistolla p ei ole koskaan pienempi kuin {p_min:.4f}.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="149" />
      <source>Multigroup indices need at least two group fields: {} left out.</source>
      <translation>Usean ryhmän indeksit edellyttävät vähintään kahta ryhmäkenttää: {} jätettiin pois.</translation>
    </message>
    <message>
      <location filename="../algorithms/compare_indices.py" line="162" />
      <source>Set {set}, {group}: {n} units dropped ({pop:g} inhabitants).</source>
      <translation>Joukko {set}, {group}: {n} yksikköä jätettiin pois ({pop:g} asukasta).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="53" />
      <source>Hierarchical decomposition of M and H into between- and within-parts</source>
      <translation>M:n ja H:n hierarkkinen hajotelma alueiden välisiin ja alueiden sisäisiin osiin</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="54" />
      <source>Shapley decomposition of the difference between two sets into spatial and compositional parts</source>
      <translation>Kahden joukon välisen erotuksen Shapley-hajotelma spatiaaliseen osaan ja rakenneosaan</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="58" />
      <source>Composition: the units' group shares</source>
      <translation>Koostumus (composition): yksiköiden ryhmäosuudet</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="59" />
      <source>Share: the units' shares of the group and of the rest</source>
      <translation>Osuus (share): yksiköiden osuudet ryhmästä ja muista</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="60" />
      <source>Dual composition: group shares and rest shares separately</source>
      <translation>Kaksoiskoostumus (dual composition): ryhmän osuudet ja muiden osuudet erikseen</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="69" />
      <source>Decompose segregation</source>
      <translation>Hajota segregaatio osiin</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="72" />
      <source>Split the mutual information index M into between- and within-parts of nested levels, or the difference between two cities or years into a spatial and a compositional part.</source>
      <translation>Jakaa keskinäisinformaatioindeksin M sisäkkäisten tasojen alueiden välisiin ja alueiden sisäisiin osiin tai kahden kaupungin tai vuoden välisen erotuksen spatiaaliseen osaan ja rakenneosaan.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="385" />
      <source>Total</source>
      <translation>Yhteensä</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="116" />
      <source>&lt;p&gt;In the hierarchical decomposition a unit with a missing group count is dropped (or imputed from the rate of its unit of the finest level); a unit whose level field is NULL stops the algorithm with its feature ids.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Hierarkkisessa hajotelmassa yksikkö, jolta puuttuu ryhmän lukumäärä, jätetään pois (tai lukumäärä imputoidaan sen hienoimman tason yksikön ryhmäosuudesta); yksikkö, jonka tasokenttä on NULL, keskeyttää algoritmin ilmoitukseen, jossa mainitaan kohteiden tunnisteet.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="266" />
      <source>Between- and within-parts (they add up to the total)</source>
      <translation>Alueiden väliset ja alueiden sisäiset osat (niiden summa on kokonaisarvo)</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="273" />
      <source>Units of each level</source>
      <translation>Kunkin tason yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="284" />
      <source>M = between(first level) + … + between(finest level) + within, exactly (Theil &amp; Finizza 1971; Mora &amp; Ruiz-Castillo 2011). Between(first level) is the segregation between the units of the first level; between(a finer level) the segregation between its units inside their parents; within the segregation between the features inside the units of the finest level. H = M / E splits the same way.</source>
      <translation>M = välinen(ensimmäinen taso) + … + välinen(hienoin taso) + sisäinen, täsmälleen (Theil &amp; Finizza 1971; Mora &amp; Ruiz-Castillo 2011). Välinen(ensimmäinen taso) on ensimmäisen tason yksiköiden välinen segregaatio; välinen(hienompi taso) on sen yksiköiden välinen segregaatio niiden yläyksiköiden sisällä; sisäinen on kohteiden välinen segregaatio hienoimman tason yksiköiden sisällä. H = M / E jakautuu samalla tavalla.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="289" />
      <source>For each unit of a level: weight = its share of the population; M inside = its own mutual information (the segregation among the features inside it); contribution = weight × M inside. The contributions of the finest level add up to the within part.</source>
      <translation>Kullekin tason yksikölle: paino = sen osuus väestöstä; sisäinen M = sen oma keskinäisinformaatio (sen sisällä olevien kohteiden välinen segregaatio); kontribuutio = paino × sisäinen M. Hienoimman tason kontribuutioiden summa on alueiden sisäinen osa.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="292" />
      <source>A large between share means segregation is mostly a matter of which unit of that level people live in; a large within share means it is mostly a matter of the neighbourhood inside them.</source>
      <translation>Suuri välisen osan osuus tarkoittaa, että segregaatiossa on enimmäkseen kyse siitä, minkä tämän tason yksikön alueella ihmiset asuvat; suuri sisäisen osan osuus tarkoittaa, että kyse on enimmäkseen asuinalueesta yksiköiden sisällä.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="294" />
      <source>M uses the natural logarithm (0 … ln K for K groups); H = M / E is between 0 and 1.</source>
      <translation>M käyttää luonnollista logaritmia (0 … ln K, kun ryhmiä on K); H = M / E on välillä 0–1.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="296" />
      <source>Hierarchical decomposition of segregation</source>
      <translation>Segregaation hierarkkinen hajotelma</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="354" />
      <source>Spatial and compositional parts of the difference</source>
      <translation>Erotuksen spatiaalinen osa ja rakenneosa</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="368" />
      <source>Difference = value in set B minus value in set A = c_s + c_a, exactly (Shapley decomposition; Rey, Cortes &amp; Knaap 2021).</source>
      <translation>Erotus = arvo joukossa B miinus arvo joukossa A = c_s + c_a, täsmälleen (Shapley-hajotelma; Rey, Cortes &amp; Knaap 2021).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="370" />
      <source>c_a, the compositional part: the change due to the distribution of the group across the units (how unequal the units' compositions are). c_s, the spatial part: the change due to the spatial structure, the units themselves, their sizes and which of them hold the high and low shares.</source>
      <translation>c_a, rakenneosa (koostumusosa): muutos, joka johtuu ryhmän jakautumisesta yksiköiden kesken (kuinka epätasaisia yksiköiden väestörakenteet ovat). c_s, spatiaalinen osa: muutos, joka johtuu spatiaalisesta rakenteesta eli itse yksiköistä, niiden koosta ja siitä, millä niistä on suuret ja pienet osuudet.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="373" />
      <source>Each part is the average of two counterfactual swaps: a city keeps its own units and their rank order but takes the other city's distribution. The columns 'A's units, B's distribution' and 'B's units, A's distribution' are these counterfactual values.</source>
      <translation>Kumpikin osa on kahden kontrafaktuaalisen vaihdon keskiarvo: kaupunki säilyttää omat yksikkönsä ja niiden järjestyksen mutta saa toisen kaupungin jakauman. Sarakkeet 'A:n yksiköt, B:n jakauma' ja 'B:n yksiköt, A:n jakauma' ovat nämä kontrafaktuaaliset arvot.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="376" />
      <source>PySAL's DecomposeSegregation reports the parts of value A − value B: its signs are the opposite.</source>
      <translation>PySALin DecomposeSegregation raportoi osat erotukselle arvo A − arvo B: sen etumerkit ovat päinvastaiset.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="379" />
      <source>Shapley decomposition of a difference in segregation</source>
      <translation>Segregaatioeron Shapley-hajotelma</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="400" />
      <source>The layer changed while it was read: run the algorithm again.</source>
      <translation>Taso muuttui sitä luettaessa: aja algoritmi uudelleen.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="124" />
      <source>Decomposition</source>
      <translation>Hajotelma</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="126" />
      <source>Level fields, coarsest first, e.g. region and kunta [hierarchical decomposition]</source>
      <translation>Tasokentät karkeimmasta alkaen, esim. aluekenttä ja kunta [hierarkkinen hajotelma]</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="131" />
      <source>Index [Shapley decomposition]</source>
      <translation>Indeksi [Shapley-hajotelma]</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="134" />
      <source>Counterfactual [Shapley decomposition]</source>
      <translation>Kontrafaktuaalinen jakauma [Shapley-hajotelma]</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="179" />
      <source>The hierarchical decomposition needs at least two group fields (their sum is the total), e.g. ko_perus and ko_koul, or hr_pi_tul, hr_ke_tul and hr_hy_tul.</source>
      <translation>Hierarkkinen hajotelma edellyttää vähintään kahta ryhmäkenttää (niiden summa on kokonaismäärä), esim. ko_perus ja ko_koul tai hr_pi_tul, hr_ke_tul ja hr_hy_tul.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="184" />
      <source>Choose at least one level field for the hierarchical decomposition, e.g. the municipality code kunta (the units themselves are the finest level).</source>
      <translation>Valitse hierarkkista hajotelmaa varten vähintään yksi tasokenttä, esim. kuntakoodi kunta (yksiköt itse ovat hienoin taso).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="188" />
      <source>A level field is chosen twice.</source>
      <translation>Sama tasokenttä on valittu kahdesti.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="213" />
      <source>Every unit has a missing group count: nothing to decompose.</source>
      <translation>Jokaiselta yksiköltä puuttuu ryhmän lukumäärä: hajotettavaa ei ole.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="225" />
      <source>The usable units have no population: nothing to decompose.</source>
      <translation>Käyttökelpoisissa yksiköissä ei ole väestöä: hajotettavaa ei ole.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="277" />
      <source>Levels, coarsest first</source>
      <translation>Tasot karkeimmasta alkaen</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="280" />
      <source>Units used</source>
      <translation>Käytetyt yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="281" />
      <source>Units dropped</source>
      <translation>Pois jätetyt yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="363" />
      <source>Counterfactual</source>
      <translation>Kontrafaktuaalinen jakauma</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="387" />
      <source>Between the units of {}</source>
      <translation>Tason {} yksiköiden välinen</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="389" />
      <source>Within the units of {}</source>
      <translation>Tason {} yksiköiden sisäinen</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="76" />
      <source>&lt;p&gt;Two decompositions, chosen with &lt;i&gt;Decomposition&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;Hierarchical decomposition of M and H&lt;/h3&gt;&lt;p&gt;Theil &amp;amp; Finizza (1971) A note on the measurement of racial integration of schools by means of informational concepts, Journal of Mathematical Sociology 1; Mora &amp;amp; Ruiz-Castillo (2011) Entropy-based segregation indices, Sociological Methodology 41; as in Elbers' R package &lt;i&gt;segregation&lt;/i&gt; (Elbers 2023, Sociological Methods &amp;amp; Research 52). The mutual information index M of all units (the features, e.g. postal-code areas) of all group fields (at least two; total = their sum) splits exactly into a &lt;b&gt;between&lt;/b&gt; part for every level and a &lt;b&gt;within&lt;/b&gt; part. Choose one or more &lt;i&gt;level fields&lt;/i&gt;, coarsest first, e.g. a region field and then &lt;code&gt;kunta&lt;/code&gt;; the units themselves are the finest level. Then M = between(first level) + between(second level) + … + within, exactly: between(first level) is the segregation between the units of the first level (e.g. between municipalities), between(next level) the segregation between its units inside their parents, and within the segregation between the features inside the units of the finest level (e.g. between the postal-code areas of each municipality). Theil's H = M / E (E the entropy of the whole population) splits the same way.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reading&lt;/b&gt;: the share of the between part tells how much of the segregation is a matter of which municipality (or region) people live in; the within part how much is a matter of the neighbourhood inside it. The rows of component &lt;code&gt;unit&lt;/code&gt; give, for each unit of each level, its population, its weight (population share), its own M and H (&lt;code&gt;within_M&lt;/code&gt;, &lt;code&gt;within_H&lt;/code&gt;: the segregation inside it) and its additive contribution &lt;code&gt;M&lt;/code&gt; = weight × within_M; for the finest level these contributions add up to the within part. Levels must be nested (a municipality code in one region only); they are ordered by their number of distinct values, so the order chosen does not matter.&lt;/p&gt;&lt;h3&gt;Shapley decomposition of a difference&lt;/h3&gt;&lt;p&gt;Rey, Cortes &amp;amp; Knaap (2021) Comparative spatial segregation analytics, Spatial Demography 9; the method of PySAL's DecomposeSegregation. For a single-group index and every group field, the difference between set B and set A (value_2 − value_1) splits into c_s + c_a exactly. &lt;b&gt;c_a&lt;/b&gt;, the compositional (attribute) part, is the change due to the distribution of the group across the units (how unequal the units' compositions are); &lt;b&gt;c_s&lt;/b&gt;, the spatial part, the change due to the spatial structure: the units themselves, their sizes and which of them hold the high and low shares. Both are Shapley values: averages of swapping one part at a time in the two possible orders, with counterfactual cities that keep their own units and ranks but take the other set's distribution of the units' group shares (&lt;i&gt;composition&lt;/i&gt;), of their shares of the group and of the rest (&lt;i&gt;share&lt;/i&gt;), or of both separately (&lt;i&gt;dual composition&lt;/i&gt;). PySAL reports the parts of value A − value B: its signs are the opposite.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: the hierarchical table (component, level, unit, parent, population, weight, n_subunits, entropy, within_M, within_H, subunit_M, M, H, share) or one row per group field with value_1, value_2, difference, c_s, c_a, the counterfactual values and the units used and dropped in each set; the optional HTML report shows it as a readable page.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Kaksi hajotelmaa, jotka valitaan parametrilla &lt;i&gt;Hajotelma&lt;/i&gt;.&lt;/p&gt;&lt;h3&gt;M:n ja H:n hierarkkinen hajotelma&lt;/h3&gt;&lt;p&gt;Theil &amp;amp; Finizza (1971) A note on the measurement of racial integration of schools by means of informational concepts, Journal of Mathematical Sociology 1; Mora &amp;amp; Ruiz-Castillo (2011) Entropy-based segregation indices, Sociological Methodology 41; kuten Elbersin R-paketissa &lt;i&gt;segregation&lt;/i&gt; (Elbers 2023, Sociological Methods &amp;amp; Research 52). Kaikkien yksiköiden (kohteiden, esim. postinumeroalueiden) ja kaikkien ryhmäkenttien (vähintään kaksi; kokonaismäärä = niiden summa) keskinäisinformaatioindeksi M jakautuu täsmälleen kunkin tason &lt;b&gt;alueiden väliseen&lt;/b&gt; osaan ja &lt;b&gt;alueiden sisäiseen&lt;/b&gt; osaan. Valitse yksi tai useampi &lt;i&gt;tasokenttä&lt;/i&gt; karkeimmasta alkaen, esim. aluekenttä ja sitten &lt;code&gt;kunta&lt;/code&gt;; yksiköt itse ovat hienoin taso. Tällöin M = välinen(ensimmäinen taso) + välinen(toinen taso) + … + sisäinen, täsmälleen: välinen(ensimmäinen taso) on ensimmäisen tason yksiköiden välinen segregaatio (esim. kuntien välinen), välinen(seuraava taso) sen yksiköiden välinen segregaatio niiden yläyksiköiden sisällä ja sisäinen kohteiden välinen segregaatio hienoimman tason yksiköiden sisällä (esim. kunkin kunnan postinumeroalueiden välillä). Theilin H = M / E (E on koko väestön entropia) jakautuu samalla tavalla.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulkinta&lt;/b&gt;: välisen osan osuus kertoo, kuinka suuri osa segregaatiosta johtuu siitä, missä kunnassa (tai millä alueella) ihmiset asuvat; sisäinen osa, kuinka suuri osa johtuu asuinalueesta sen sisällä. Komponentin &lt;code&gt;unit&lt;/code&gt; rivit antavat kunkin tason jokaiselle yksikölle sen väestön, painon (väestöosuus), oman M:n ja H:n (&lt;code&gt;within_M&lt;/code&gt;, &lt;code&gt;within_H&lt;/code&gt;: segregaatio sen sisällä) ja sen additiivisen kontribuution &lt;code&gt;M&lt;/code&gt; = paino × within_M; hienoimmalla tasolla näiden kontribuutioiden summa on sisäinen osa. Tasojen on oltava sisäkkäisiä (kuntakoodi vain yhdellä alueella); ne järjestetään erillisten arvojensa lukumäärän mukaan, joten valintajärjestyksellä ei ole merkitystä.&lt;/p&gt;&lt;h3&gt;Erotuksen Shapley-hajotelma&lt;/h3&gt;&lt;p&gt;Rey, Cortes &amp;amp; Knaap (2021) Comparative spatial segregation analytics, Spatial Demography 9; PySALin DecomposeSegregation-menetelmä. Yhden ryhmän indeksin ja jokaisen ryhmäkentän osalta joukon B ja joukon A välinen erotus (value_2 − value_1) jakautuu täsmälleen osiin c_s + c_a. &lt;b&gt;c_a&lt;/b&gt;, rakenneosa (koostumusosa, attribute), on muutos, joka johtuu ryhmän jakautumisesta yksiköiden kesken (kuinka epätasaisia yksiköiden väestörakenteet ovat); &lt;b&gt;c_s&lt;/b&gt;, spatiaalinen osa, on muutos, joka johtuu spatiaalisesta rakenteesta: itse yksiköistä, niiden koosta ja siitä, millä niistä on suuret ja pienet osuudet. Molemmat ovat Shapleyn arvoja: keskiarvoja, joissa osia vaihdetaan yksi kerrallaan kummassakin mahdollisessa järjestyksessä. Kontrafaktuaaliset kaupungit säilyttävät omat yksikkönsä ja niiden järjestyksen mutta saavat toisen joukon jakauman yksiköiden ryhmäosuuksista (&lt;i&gt;koostumus&lt;/i&gt;), niiden osuuksista ryhmästä ja muista (&lt;i&gt;osuus&lt;/i&gt;) tai molemmista erikseen (&lt;i&gt;kaksoiskoostumus&lt;/i&gt;). PySAL raportoi osat erotukselle arvo A − arvo B: sen etumerkit ovat päinvastaiset.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulos&lt;/b&gt;: hierarkkinen taulukko (component, level, unit, parent, population, weight, n_subunits, entropy, within_M, within_H, subunit_M, M, H, share) tai yksi rivi kutakin ryhmäkenttää kohden sarakkeilla value_1, value_2, difference, c_s, c_a, kontrafaktuaaliset arvot sekä kummankin joukon käytetyt ja pois jätetyt yksiköt; valinnainen HTML-raportti esittää sen luettavana sivuna.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="157" />
      <source>The Shapley decomposition does not use the level fields: ignored.</source>
      <translation>Shapley-hajotelma ei käytä tasokenttiä: ne jätetään huomiotta.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="200" />
      <source>Levels, coarsest first: {}.</source>
      <translation>Tasot karkeimmasta alkaen: {}.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="232" />
      <source>M = {m:.6f}, H = {h:.6f} on {n} units.</source>
      <translation>M = {m:.6f}, H = {h:.6f}, {n} yksikköä.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="264" />
      <source>Component</source>
      <translation>Komponentti</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="264" />
      <source>M</source>
      <translation>M</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="264" />
      <source>H</source>
      <translation>H</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="265" />
      <source>Share of M</source>
      <translation>Osuus M:stä</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="269" />
      <source>Level</source>
      <translation>Taso</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="269" />
      <source>Unit</source>
      <translation>Yksikkö</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="269" />
      <source>Parent</source>
      <translation>Yläyksikkö</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="270" />
      <source>Population</source>
      <translation>Väestö</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="270" />
      <source>Weight</source>
      <translation>Paino</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="271" />
      <source>Sub-units</source>
      <translation>Alayksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="271" />
      <source>M inside</source>
      <translation>Sisäinen M</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="272" />
      <source>H inside</source>
      <translation>Sisäinen H</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="272" />
      <source>Contribution to M</source>
      <translation>Kontribuutio M:ään</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="279" />
      <source>impute from the rate of the finest level's unit</source>
      <translation>imputoi hienoimman tason yksikön ryhmäosuudesta</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="306" />
      <source>Set 1 (A) '{a}': {n_a} units; set 2 (B) '{b}': {n_b} units.</source>
      <translation>Joukko 1 (A) '{a}': {n_a} yksikköä; joukko 2 (B) '{b}': {n_b} yksikköä.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="349" />
      <source>Spatial part c_s</source>
      <translation>Spatiaalinen osa c_s</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="349" />
      <source>Compositional part c_a</source>
      <translation>Rakenneosa c_a</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="350" />
      <source>A's units, B's distribution</source>
      <translation>A:n yksiköt, B:n jakauma</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="351" />
      <source>B's units, A's distribution</source>
      <translation>B:n yksiköt, A:n jakauma</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="191" />
      <source>The level field '{}' is also chosen as a group or total field.</source>
      <translation>Tasokenttä '{}' on valittu myös ryhmä- tai kokonaismääräkentäksi.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="208" />
      <source>{n} units dropped because of missing values ({pop:g} inhabitants).</source>
      <translation>{n} yksikköä jätettiin pois puuttuvien arvojen vuoksi ({pop:g} asukasta).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="211" />
      <source>{} units with imputed group counts.</source>
      <translation>{} yksikköä, joiden ryhmien lukumäärät on imputoitu.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="235" />
      <source>{component}: M = {m:.6f} ({share:.1%} of M).</source>
      <translation>{component}: M = {m:.6f} ({share:.1%} M:stä).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="281" />
      <source>{n} ({pop:g} inhabitants)</source>
      <translation>{n} ({pop:g} asukasta)</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="151" />
      <source>The hierarchical decomposition does not use {}: ignored.</source>
      <translation>Hierarkkinen hajotelma ei käytä parametreja {}: ne jätetään huomiotta.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="218" />
      <source>The level field '{field}' is empty (NULL) in features {ids}: give every unit its {field}, or filter these features out.</source>
      <translation>Tasokenttä '{field}' on tyhjä (NULL) kohteissa {ids}: anna jokaiselle yksikölle kentän {field} arvo tai suodata nämä kohteet pois.</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="254" />
      <source>The levels are not nested: {child} '{value}' lies in more than one {parent} ({parents}). Each unit of a level must lie in one unit of the level above; use codes that are unique (e.g. the municipality code, not a district number that repeats in every municipality).</source>
      <translation>Tasot eivät ole sisäkkäisiä: {child} '{value}' sijaitsee useammassa kuin yhdessä tason {parent} yksikössä ({parents}). Jokaisen tason yksikön on sijaittava yhdessä ylemmän tason yksikössä; käytä yksilöllisiä koodeja (esim. kuntakoodia, ei kaupunginosan numeroa, joka toistuu jokaisessa kunnassa).</translation>
    </message>
    <message>
      <location filename="../algorithms/decomposition.py" line="317" />
      <source>Group '{group}' in set '{set}': {x:g} of {t:g} inhabitants. The group must be present and must not be the whole population, or the index is undefined.</source>
      <translation>Ryhmä '{group}' joukossa '{set}': {x:g} / {t:g} asukasta. Ryhmässä on oltava asukkaita, eikä se saa kattaa koko väestöä, muuten indeksi on määrittelemätön.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="67" />
      <source>Disadvantage index</source>
      <translation>Huono-osaisuusindeksi</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="76" />
      <source>A composite index of several disadvantage rates per area, flags for multiple disadvantage and for small, unreliable bases.</source>
      <translation>Useista huono-osaisuutta kuvaavista osuuksista koottu yhdistelmäindeksi osa-alueittain sekä merkinnät kasautuneesta huono-osaisuudesta ja pienistä, epäluotettavista perusjoukoista.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="80" />
      <source>&lt;p&gt;Combines several rates (e.g. low-income households, unemployment, basic education only) into one disadvantage index per area, and marks the areas that are disadvantaged on &lt;i&gt;every&lt;/i&gt; indicator at once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indicators&lt;/b&gt;: one row per indicator: a short name (used in the output field names), the count and the base (a field or an expression such as &lt;code&gt;pt_tyoll + pt_tyott&lt;/code&gt;), a weight and whether a higher rate is worse (yes) or better (no, e.g. higher education). The default rows are Statistics Finland's Paavo fields: &lt;code&gt;tr_pi_tul / tr_kuty&lt;/code&gt;, &lt;code&gt;pt_tyott / (pt_tyoll + pt_tyott)&lt;/code&gt; and &lt;code&gt;ko_perus / ko_ika18y&lt;/code&gt;. Suppressed values (-1, NULL, '..') are missing, never zero: an expression with a suppressed part is missing.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standardisation&lt;/b&gt;: z-score (Townsend 1987), index with the reference rate = 100 (Helsinki's practice), or percentile rank. Every component is turned so that higher means more disadvantaged; the index is their weighted mean. &lt;b&gt;Reference&lt;/b&gt;: the whole layer, or each region (city) separately.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Multiple disadvantage&lt;/b&gt;: every indicator over its threshold (the worst fifth of the reference, or a multiple of the reference rate). Areas whose base is below the minimum (default 30, Statistics Finland's rule for small areas) are flagged &lt;code&gt;unreliable&lt;/code&gt;, not dropped. Empirical Bayes smoothing (Marshall 1991) pulls the rates of small areas towards the reference rate.&lt;/p&gt;&lt;p&gt;Output fields per indicator: &lt;code&gt;&amp;lt;name&amp;gt;_rate&lt;/code&gt;, &lt;code&gt;_std&lt;/code&gt;, &lt;code&gt;_above&lt;/code&gt; and &lt;code&gt;_unreliable&lt;/code&gt;; then &lt;code&gt;disadvantage_index&lt;/code&gt;, &lt;code&gt;n_indicators&lt;/code&gt;, &lt;code&gt;n_missing&lt;/code&gt;, &lt;code&gt;n_above&lt;/code&gt;, &lt;code&gt;multiple_disadvantage&lt;/code&gt; and &lt;code&gt;unreliable&lt;/code&gt;. On the command line give the indicator table as one comma-separated list, row after row (expressions without commas).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Yhdistää useita osuuksia (esim. pienituloiset kotitaloudet, työttömyys, vain perusasteen koulutus) yhdeksi huono-osaisuusindeksiksi osa-alueittain ja merkitsee osa-alueet, jotka ovat huono-osaisia &lt;i&gt;kaikilla&lt;/i&gt; indikaattoreilla yhtä aikaa.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indikaattorit&lt;/b&gt;: yksi rivi kutakin indikaattoria kohden: lyhyt nimi (käytetään tuloskenttien nimissä), lukumäärä ja perusjoukko (kenttä tai lauseke, kuten &lt;code&gt;pt_tyoll + pt_tyott&lt;/code&gt;), paino sekä tieto siitä, onko suurempi osuus huonompi (kyllä) vai parempi (ei, esim. korkea-asteen koulutus). Oletusrivit ovat Tilastokeskuksen Paavo-aineiston kenttiä: &lt;code&gt;tr_pi_tul / tr_kuty&lt;/code&gt;, &lt;code&gt;pt_tyott / (pt_tyoll + pt_tyott)&lt;/code&gt; ja &lt;code&gt;ko_perus / ko_ika18y&lt;/code&gt;. Salatut arvot (-1, NULL, '..') ovat puuttuvia, eivät koskaan nollia: lauseke, jonka jokin osa on salattu, on puuttuva.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standardointi&lt;/b&gt;: z-arvo (Townsend 1987), indeksi, jossa vertailuosuus = 100 (Helsingin käytäntö), tai persentiilisija. Jokainen komponentti käännetään niin, että suurempi arvo tarkoittaa suurempaa huono-osaisuutta; indeksi on komponenttien painotettu keskiarvo. &lt;b&gt;Vertailualue&lt;/b&gt;: koko taso tai kukin alue (kaupunki) erikseen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kasautunut huono-osaisuus&lt;/b&gt;: jokainen indikaattori ylittää kynnysarvonsa (vertailualueen huonoin viidennes tai vertailuosuuden monikerta). Osa-alueet, joiden perusjoukko on alle vähimmäismäärän (oletus 30, Tilastokeskuksen pienalueita koskeva sääntö), merkitään epäluotettaviksi (&lt;code&gt;unreliable&lt;/code&gt;), mutta niitä ei jätetä pois. Empiirinen Bayes -tasoitus (Marshall 1991) siirtää pienten osa-alueiden osuuksia kohti vertailuosuutta.&lt;/p&gt;&lt;p&gt;Tuloskentät kutakin indikaattoria kohden: &lt;code&gt;&amp;lt;name&amp;gt;_rate&lt;/code&gt;, &lt;code&gt;_std&lt;/code&gt;, &lt;code&gt;_above&lt;/code&gt; ja &lt;code&gt;_unreliable&lt;/code&gt;; sen jälkeen &lt;code&gt;disadvantage_index&lt;/code&gt;, &lt;code&gt;n_indicators&lt;/code&gt;, &lt;code&gt;n_missing&lt;/code&gt;, &lt;code&gt;n_above&lt;/code&gt;, &lt;code&gt;multiple_disadvantage&lt;/code&gt; ja &lt;code&gt;unreliable&lt;/code&gt;. Anna komentorivillä indikaattoritaulukko yhtenä pilkuin erotettuna luettelona rivi riviltä (lausekkeet ilman pilkkuja).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="193" />
      <source>Indicator '{field}' has a negative or infinite count or base in features {ids}. Counts must be &gt;= 0 (-1 is read as suppressed).</source>
      <translation>Indikaattorin '{field}' lukumäärä tai perusjoukko on negatiivinen tai ääretön kohteissa {ids}. Lukumäärien on oltava &gt;= 0 (-1 tulkitaan salatuksi arvoksi).</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="195" />
      <source>Indicator '{field}' has a count larger than its base in features {ids}: a share cannot exceed 1. Check that the base is the population the count is part of.</source>
      <translation>Indikaattorin '{field}' lukumäärä on suurempi kuin sen perusjoukko kohteissa {ids}: osuus ei voi olla yli 1. Tarkista, että perusjoukko on se väestö, johon lukumäärä sisältyy.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="242" />
      <source>Reference values per indicator</source>
      <translation>Vertailuarvot indikaattoreittain</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="250" />
      <source>Index per reference</source>
      <translation>Indeksi vertailualueittain</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="251" />
      <source>Rates are count / base; suppressed values (-1, NULL, '..') are missing, never zero. Components are oriented so that higher means more disadvantaged.</source>
      <translation>Osuudet ovat muotoa lukumäärä / perusjoukko; salatut arvot (-1, NULL, '..') ovat puuttuvia, eivät koskaan nollia. Komponentit on suunnattu niin, että suurempi arvo tarkoittaa suurempaa huono-osaisuutta.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="253" />
      <source>Source of the data: see the layer's own attribution (e.g. Statistics Finland, Paavo, CC BY 4.0).</source>
      <translation>Aineiston lähde: katso tason omat lähdetiedot (esim. Tilastokeskus, Paavo, CC BY 4.0).</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="112" />
      <source>Standardisation</source>
      <translation>Standardointi</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="114" />
      <source>Reference</source>
      <translation>Vertailualue</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="116" />
      <source>Threshold of disadvantage</source>
      <translation>Huono-osaisuuden kynnysarvo</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="120" />
      <source>Multiple of the reference rate</source>
      <translation>Kerroin (vertailuosuuden monikerta)</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="123" />
      <source>Minimum base for a reliable rate (0 = no check)</source>
      <translation>Luotettavan osuuden pienin perusjoukko (0 = ei tarkistusta)</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="125" />
      <source>Missing components</source>
      <translation>Puuttuvat komponentit</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="129" />
      <source>Empirical Bayes smoothing of the rates</source>
      <translation>Osuuksien empiirinen Bayes -tasoitus</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="134" />
      <source>Units with multiple disadvantage</source>
      <translation>Yksiköt, joissa huono-osaisuus on kasautunut</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="135" />
      <source>Units with an unreliable base</source>
      <translation>Yksiköt, joiden perusjoukko on epäluotettava</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="145" />
      <source>'Each region separately' needs a region field.</source>
      <translation>'Kukin alue erikseen' edellyttää aluekenttää.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="230" />
      <source>Region field</source>
      <translation>Aluekenttä</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="235" />
      <source>Settings</source>
      <translation>Asetukset</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="237" />
      <source>Indicator</source>
      <translation>Indikaattori</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="238" />
      <source>Reference rate</source>
      <translation>Vertailuosuus</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="238" />
      <source>Mean of unit rates</source>
      <translation>Yksiköiden osuuksien keskiarvo</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="239" />
      <source>Standard deviation</source>
      <translation>Keskihajonta</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="239" />
      <source>Threshold rate</source>
      <translation>Kynnysosuus</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="240" />
      <source>Units with a rate</source>
      <translation>Yksiköt, joilla on osuus</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="240" />
      <source>Units over the threshold</source>
      <translation>Kynnyksen ylittävät yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="241" />
      <source>Unreliable units</source>
      <translation>Epäluotettavat yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="241" />
      <source>Missing</source>
      <translation>Puuttuvat</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="247" />
      <source>Units with an index</source>
      <translation>Yksiköt, joilla on indeksi</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="247" />
      <source>Mean index</source>
      <translation>Indeksin keskiarvo</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="248" />
      <source>Multiple disadvantage</source>
      <translation>Kasautunut huono-osaisuus</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="249" />
      <source>Notes</source>
      <translation>Huomautukset</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="161" />
      <source>{} of {} units are disadvantaged on every indicator; {} have a base below the minimum.</source>
      <translation>{} yksikköä {} yksiköstä on huono-osaisia kaikilla indikaattoreilla; {} yksikön perusjoukko on alle vähimmäismäärän.</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="113" />
      <source>z-score</source>
      <translation>z-arvo</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="113" />
      <source>Index, reference rate = 100</source>
      <translation>Indeksi, vertailuosuus = 100</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="113" />
      <source>Percentile rank</source>
      <translation>Persentiilisija</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="115" />
      <source>The whole layer</source>
      <translation>Koko taso</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="115" />
      <source>Each region separately</source>
      <translation>Kukin alue erikseen</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="117" />
      <source>Worst fifth (top quintile) of the reference</source>
      <translation>Vertailualueen huonoin viidennes (ylin kvintiili)</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="117" />
      <source>A multiple of the reference rate</source>
      <translation>Vertailuosuuden monikerta</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="126" />
      <source>Index from the available components</source>
      <translation>Indeksi saatavilla olevista komponenteista</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="126" />
      <source>No index when a component is missing</source>
      <translation>Ei indeksiä, jos jokin komponentti puuttuu</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="127" />
      <source>Impute the reference rate</source>
      <translation>Imputoi vertailuosuus</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="165" />
      <source>{} units have at least one missing (suppressed) component.</source>
      <translation>{} yksiköltä puuttuu vähintään yksi komponentti (salattu arvo).</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="231" />
      <source>Indicator {}</source>
      <translation>Indikaattori {}</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="232" />
      <source>{count} / {base}, weight {weight:g}, higher is worse: {worse}</source>
      <translation>{count} / {base}, paino {weight:g}, suurempi on huonompi: {worse}</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="234" />
      <source>yes</source>
      <translation>kyllä</translation>
    </message>
    <message>
      <location filename="../algorithms/disadvantage_index.py" line="234" />
      <source>no</source>
      <translation>ei</translation>
    </message>
    <message>
      <location filename="../algorithms/geometry.py" line="37" />
      <source>{} needs a projected coordinate reference system (metres), but the layer is in {} (degrees). Reproject it first, e.g. to ETRS-TM35FIN (EPSG:3067) for Finland.</source>
      <translation>{} edellyttää projisoitua koordinaattijärjestelmää (metrit), mutta taso on koordinaattijärjestelmässä {} (asteet). Projisoi taso ensin uudelleen, Suomessa esim. ETRS-TM35FIN-koordinaattijärjestelmään (EPSG:3067).</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="42" />
      <source>Aspatial, spatial and kernel-smoothed segregation indices per region (city) and group, in one table.</source>
      <translation>Ei-spatiaaliset, spatiaaliset ja ydintasoitetut segregaatioindeksit alueittain (kaupungeittain) ja ryhmittäin yhdessä taulukossa.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="62" />
      <source>&lt;h3&gt;Spatial indices&lt;/h3&gt;&lt;p&gt;On a layer with geometry the spatial indices are computed too (leave &lt;i&gt;Indices&lt;/i&gt; empty for every index that applies). Spatial dissimilarity uses the chosen spatial weights (queen contiguity by default; neighbours only within the region); the boundary and perimeter/area versions use the length of the boundaries units share (with the snapping tolerance); the distance-decay, concentration and centralization indices use centroids and areas and need a projected CRS in metres (e.g. EPSG:3067). Distance decay follows Massey &amp;amp; Denton (exp of minus the distance in km, self-distance sqrt(0.6 area)) or, as an option, PySAL 2.5's convention, whose values differ. Centralization measures distance to the region's centroid, the population-weighted mean centre, or the nearest point of a centre layer (polycentric cities). With a &lt;i&gt;bandwidth&lt;/i&gt; above 0 the &lt;code&gt;surface_&lt;/code&gt; indices compute each aspatial index on kernel-smoothed local environments (Reardon &amp;amp; O'Sullivan 2004), not rounded to whole persons. Points and tables get the indices their geometry allows.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Spatiaaliset indeksit&lt;/h3&gt;&lt;p&gt;Jos tasolla on geometria, myös spatiaaliset indeksit lasketaan (jätä &lt;i&gt;Indeksit&lt;/i&gt; tyhjäksi, niin kaikki soveltuvat indeksit lasketaan). Spatiaalinen erilaisuusindeksi käyttää valittuja spatiaalisia painoja (oletuksena kuningatarvierekkäisyys (queen); naapurit vain saman alueen sisältä); rajapituuteen ja piirin ja pinta-alan suhteeseen perustuvat versiot käyttävät yksiköiden yhteisten rajojen pituutta (kohdistustoleranssia käyttäen); etäisyysvaimennus-, keskittyneisyys- ja keskittymisindeksit (sentralisaatio) käyttävät keskipisteitä (sentroideja) ja pinta-aloja ja edellyttävät projisoitua koordinaattijärjestelmää metreinä (esim. EPSG:3067). Etäisyysvaimennus noudattaa lähdettä Massey &amp;amp; Denton (exp miinus etäisyys kilometreinä, yksikön etäisyys itseensä sqrt(0.6 pinta-ala)) tai vaihtoehtoisesti PySAL 2.5:n käytäntöä, jonka arvot poikkeavat näistä. Keskittyminen keskustaan (sentralisaatio) mittaa etäisyyttä alueen keskipisteeseen, väestöllä painotettuun keskipisteeseen tai keskustatason lähimpään pisteeseen (monikeskuksiset kaupungit). Kun &lt;i&gt;kaistanleveys&lt;/i&gt; on suurempi kuin 0, &lt;code&gt;surface_&lt;/code&gt;-indeksit laskevat kunkin ei-spatiaalisen indeksin ydintasoitetuista paikallisista ympäristöistä (Reardon &amp;amp; O'Sullivan 2004) pyöristämättä lukumääriä kokonaisiksi henkilöiksi. Pisteille ja taulukoille lasketaan ne indeksit, jotka niiden geometria sallii.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="156" />
      <source>Dropped units</source>
      <translation>Pois jätetyt yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="156" />
      <source>Dropped population</source>
      <translation>Pois jätetty väestö</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="157" />
      <source>Total population</source>
      <translation>Väestö yhteensä</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="157" />
      <source>Group population</source>
      <translation>Ryhmän väestö</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="158" />
      <source>Group share</source>
      <translation>Ryhmän osuus</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="158" />
      <source>Imputed units</source>
      <translation>Imputoidut yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="207" />
      <source>Inference: null model and bootstrap interval</source>
      <translation>Tilastollinen päättely: nollamalli ja bootstrap-luottamusväli</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="59" />
      <source>&lt;p&gt;Formulas: Massey &amp;amp; Denton (1988) The dimensions of residential segregation, Social Forces 67(2); Reardon &amp;amp; Firebaugh (2002) Measures of multigroup segregation, Sociological Methodology 32. Values match PySAL's segregation package where the formulas coincide.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Kaavat: Massey &amp;amp; Denton (1988) The dimensions of residential segregation, Social Forces 67(2); Reardon &amp;amp; Firebaugh (2002) Measures of multigroup segregation, Sociological Methodology 32. Arvot vastaavat PySALin segregation-paketin arvoja niiltä osin kuin kaavat ovat samat.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="80" />
      <source>Indices [none chosen = every index that applies]</source>
      <translation>Indeksit [ei valintaa = kaikki soveltuvat indeksit]</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="102" />
      <source>Spatial indices need a layer with geometry; this input is a table.</source>
      <translation>Spatiaaliset indeksit edellyttävät tasoa, jolla on geometria; tämä syöte on taulukko.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="204" />
      <source>Value</source>
      <translation>Arvo</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="205" />
      <source>Mean under the null</source>
      <translation>Keskiarvo nollamallissa</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="108" />
      <source>{} units, {} regions, {} groups.</source>
      <translation>{} yksikköä, {} aluetta, {} ryhmää.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="167" />
      <source>Single-group indices (group against the rest)</source>
      <translation>Yhden ryhmän indeksit (ryhmä suhteessa muihin)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="171" />
      <source>Multigroup indices (all groups)</source>
      <translation>Usean ryhmän indeksit (kaikki ryhmät)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="176" />
      <source>none (one region)</source>
      <translation>ei aluejakoa (yksi alue)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="177" />
      <source>impute from the region's rate</source>
      <translation>imputoi alueen ryhmäosuudesta</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="182" />
      <source>Null model</source>
      <translation>Nollamalli</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="184" />
      <source>Seed</source>
      <translation>Satunnaissiemen</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="50" />
      <source>&lt;p&gt;Computes the classic aspatial segregation indices of each group against the rest of the total, and the multigroup indices of all groups together, for every region (e.g. municipality) in one run.&lt;/p&gt;&lt;p&gt;Choose the group count fields (e.g. &lt;code&gt;ko_perus&lt;/code&gt;) and their total (base) field (e.g. &lt;code&gt;ko_ika18y&lt;/code&gt;); each Paavo theme has its own base. Without a total field the total of a unit is the sum of the groups. Multigroup indices use the groups only (total = their sum) and need at least two group fields.&lt;/p&gt;&lt;p&gt;The output table has one row per region and group (single-group indices) and one row per region with group '(all groups)' (multigroup indices), with the number of units used and dropped and the population they held.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Laskee kunkin ryhmän klassiset ei-spatiaaliset segregaatioindeksit suhteessa kokonaismäärän muuhun osaan sekä kaikkien ryhmien yhteiset usean ryhmän indeksit jokaiselle alueelle (esim. kunnalle) yhdellä ajokerralla.&lt;/p&gt;&lt;p&gt;Valitse ryhmien lukumääräkentät (esim. &lt;code&gt;ko_perus&lt;/code&gt;) ja niiden kokonaismääräkenttä eli perusjoukko (esim. &lt;code&gt;ko_ika18y&lt;/code&gt;); jokaisella Paavon aihealueella on oma perusjoukkonsa. Ilman kokonaismääräkenttää yksikön kokonaismäärä on ryhmien summa. Usean ryhmän indeksit käyttävät vain ryhmiä (kokonaismäärä = niiden summa) ja edellyttävät vähintään kahta ryhmäkenttää.&lt;/p&gt;&lt;p&gt;Tulostaulukossa on yksi rivi kutakin aluetta ja ryhmää kohden (yhden ryhmän indeksit) ja yksi rivi kutakin aluetta kohden ryhmällä '(all groups)' eli kaikki ryhmät (usean ryhmän indeksit); riveillä on myös käytettyjen ja pois jätettyjen yksiköiden lukumäärä ja niiden väestö.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="123" />
      <source>Spatial weights: {}</source>
      <translation>Spatiaaliset painot: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="144" />
      <source>Region {region}, {group}: {n} units dropped ({pop:g} inhabitants).</source>
      <translation>Alue {region}, {group}: {n} yksikköä jätettiin pois ({pop:g} asukasta).</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="148" />
      <source>Region {} has fewer than two usable units: its evenness indices are 0 or empty by construction and say nothing about segregation.</source>
      <translation>Alueella {} on alle kaksi käyttökelpoista yksikköä: sen tasaisuusindeksit ovat määritelmän mukaan 0 tai tyhjiä eivätkä kerro segregaatiosta mitään.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="50" />
      <source>Indicators (name, count, base, weight, higher is worse)</source>
      <translation>Indikaattorit (nimi, lukumäärä, perusjoukko, paino, suurempi on huonompi)</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="61" />
      <source>Give at least one indicator (name, count, base, weight, higher is worse).</source>
      <translation>Anna vähintään yksi indikaattori (nimi, lukumäärä, perusjoukko, paino, suurempi on huonompi).</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="52" />
      <source>Name</source>
      <translation>Nimi</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="52" />
      <source>Count (field or expression)</source>
      <translation>Lukumäärä (kenttä tai lauseke)</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="52" />
      <source>Base (field or expression)</source>
      <translation>Perusjoukko (kenttä tai lauseke)</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="53" />
      <source>Higher is worse (yes/no)</source>
      <translation>Suurempi on huonompi (kyllä/ei)</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="117" />
      <source>'Higher is worse' of indicator '{}' must be yes or no, not '{}'.</source>
      <translation>Indikaattorin '{}' sarakkeen 'Suurempi on huonompi' arvon on oltava kyllä tai ei, ei '{}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="63" />
      <source>The indicator table has {} cells, not a multiple of 5 (name, count, base, weight, higher is worse). On the command line, give the cells separated by commas; expressions must not contain commas.</source>
      <translation>Indikaattoritaulukossa on {} solua, mikä ei ole 5:n monikerta (nimi, lukumäärä, perusjoukko, paino, suurempi on huonompi). Anna komentorivillä solut pilkuin erotettuina; lausekkeissa ei saa olla pilkkuja.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="72" />
      <source>count</source>
      <translation>lukumäärä</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="73" />
      <source>base</source>
      <translation>perusjoukko</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="78" />
      <source>Indicator names must be unique: {} is used twice.</source>
      <translation>Indikaattorien nimien on oltava yksilöllisiä: {} on käytössä kahdesti.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="87" />
      <source>Indicator name '{}' (row {}) must start with a letter and contain only letters, digits and '_' (at most 30 characters): it becomes part of the output field names.</source>
      <translation>Indikaattorin nimen '{}' (rivi {}) on alettava kirjaimella, ja siinä saa olla vain kirjaimia (a–z), numeroita ja merkkiä '_' (enintään 30 merkkiä): nimestä tulee osa tuloskenttien nimiä.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="95" />
      <source>Row {} of the indicator table has no {} field or expression.</source>
      <translation>Indikaattoritaulukon riviltä {} puuttuu {} (kenttä tai lauseke).</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="106" />
      <source>The weight of indicator '{}' must be a positive number, not '{}'.</source>
      <translation>Indikaattorin '{}' painon on oltava positiivinen luku, ei '{}'.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="144" />
      <source>Indicator '{}': '{}' is neither a field of the layer nor a valid expression ({}).</source>
      <translation>Indikaattori '{}': '{}' ei ole tason kenttä eikä kelvollinen lauseke ({}).</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="150" />
      <source>Indicator '{}': the expression '{}' uses '{}', which is not a field of the layer.</source>
      <translation>Indikaattori '{}': lauseke '{}' käyttää nimeä '{}', joka ei ole tason kenttä.</translation>
    </message>
    <message>
      <location filename="../algorithms/indicators.py" line="176" />
      <source>The expression '{}' failed on feature {}: {}</source>
      <translation>Lausekkeen '{}' laskenta epäonnistui kohteessa {}: {}</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="23" />
      <source>Inference: null model</source>
      <translation>Tilastollinen päättely: nollamalli</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="29" />
      <source>Permutations (null replicates; also bootstrap replications)</source>
      <translation>Permutaatiot (nollamallin toistot; myös bootstrap-toistot)</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="35" />
      <source>Confidence level of the bootstrap intervals</source>
      <translation>Bootstrap-luottamusvälien luottamustaso</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="87" />
      <source>Inference: {model}, {n} permutations, seed {seed}.</source>
      <translation>Tilastollinen päättely: {model}, {n} permutaatiota, satunnaissiemen {seed}.</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="24" />
      <source>None (no inference)</source>
      <translation>Ei mitään (ei tilastollista päättelyä)</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="24" />
      <source>Evenness: unit totals fixed, groups drawn from the region's shares</source>
      <translation>Tasaisuus: yksiköiden kokonaismäärät kiinteät, ryhmät arvotaan alueen ryhmäosuuksien mukaan</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="25" />
      <source>Systematic: group totals fixed, members placed in proportion to unit size (Allen et al. 2015)</source>
      <translation>Systemaattinen: ryhmien kokonaismäärät kiinteät, jäsenet sijoitetaan yksikön koon suhteessa (Allen et al. 2015)</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="26" />
      <source>Person permutation: unit and group totals fixed</source>
      <translation>Henkilöiden permutointi: yksiköiden ja ryhmien kokonaismäärät kiinteät</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="27" />
      <source>Geographic permutation: units shuffled over locations (spatial indices)</source>
      <translation>Maantieteellinen permutointi: yksiköt sekoitetaan sijaintien kesken (spatiaaliset indeksit)</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="38" />
      <source>Automatic: more segregated (or less mixed) than the null</source>
      <translation>Automaattinen: eriytyneempi (tai vähemmän sekoittunut) kuin nollamallissa</translation>
    </message>
    <message>
      <location filename="../algorithms/inference_parameters.py" line="50" />
      <source>'{parameter}' must be at least 1 with a null model; choose '{none}' to compute the indices without inference.</source>
      <translation>'{parameter}' on oltava vähintään 1, kun nollamalli on valittu; valitse '{none}', jos haluat laskea indeksit ilman tilastollista päättelyä.</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="42" />
      <source>Local segregation indices</source>
      <translation>Paikalliset segregaatioindeksit</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="45" />
      <source>Per-unit location quotients, local diversity and each unit's share of D and M.</source>
      <translation>Yksikkökohtaiset sijaintiosamäärät, paikallinen monimuotoisuus ja kunkin yksikön osuus D:stä ja M:stä.</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="48" />
      <source>&lt;p&gt;Adds local (per unit) fields to a copy of the input, so you see &lt;i&gt;which&lt;/i&gt; areas drive a city's segregation. Reference shares are those of the unit's own region (e.g. municipality).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;lq_&amp;lt;field&amp;gt;&lt;/code&gt;: location quotient, the unit's group share divided by the region's (1 = as in the region, 2 = twice as common; Isard 1960).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_entropy&lt;/code&gt;: entropy of the unit's composition divided by ln K (0 = one group only, 1 = all K groups equally present; Theil 1972).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_diversity&lt;/code&gt;: the same entropy, natural log (0 … ln K).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_simpson_concentration&lt;/code&gt; / &lt;code&gt;local_simpson_interaction&lt;/code&gt;: chance that two residents of the unit belong to the same / to different groups (Simpson 1949).&lt;/li&gt;&lt;li&gt;&lt;code&gt;d_contribution&lt;/code&gt;: the unit's additive part of the region's (multigroup) dissimilarity index; the values of a region sum to its D (Reardon &amp;amp; Firebaugh 2002).&lt;/li&gt;&lt;li&gt;&lt;code&gt;m_contribution&lt;/code&gt;: the unit's additive part of the mutual information index M (a Kullback-Leibler term; sums to M).&lt;/li&gt;&lt;li&gt;&lt;code&gt;dropped&lt;/code&gt;: 1 when the unit was left out because of missing values.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The composition fields use all group fields (total = their sum); with one group field and a total field they use the group and the rest of the total. A field name already in the input gets a suffix (_2, _3 …). The output is styled by the first location quotient, blue below 1 and red above.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lisää syötetason kopioon paikallisia (yksikkökohtaisia) kenttiä, joista näet, &lt;i&gt;mitkä&lt;/i&gt; osa-alueet vaikuttavat kaupungin segregaatioon. Vertailuosuudet ovat yksikön oman alueen (esim. kunnan) osuuksia.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;lq_&amp;lt;field&amp;gt;&lt;/code&gt;: sijaintiosamäärä eli yksikön ryhmäosuus jaettuna alueen ryhmäosuudella (1 = sama kuin alueella, 2 = kaksi kertaa niin yleinen; Isard 1960).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_entropy&lt;/code&gt;: yksikön väestörakenteen entropia jaettuna luvulla ln K (0 = vain yksi ryhmä, 1 = kaikki K ryhmää yhtä suurin osuuksin; Theil 1972).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_diversity&lt;/code&gt;: sama entropia luonnollisella logaritmilla (0 … ln K).&lt;/li&gt;&lt;li&gt;&lt;code&gt;local_simpson_concentration&lt;/code&gt; / &lt;code&gt;local_simpson_interaction&lt;/code&gt;: todennäköisyys, että kaksi yksikön asukasta kuuluu samaan / eri ryhmiin (Simpson 1949).&lt;/li&gt;&lt;li&gt;&lt;code&gt;d_contribution&lt;/code&gt;: yksikön additiivinen osuus alueen (usean ryhmän) erilaisuusindeksistä; alueen arvojen summa on sen D (Reardon &amp;amp; Firebaugh 2002).&lt;/li&gt;&lt;li&gt;&lt;code&gt;m_contribution&lt;/code&gt;: yksikön additiivinen osuus keskinäisinformaatioindeksistä M (Kullback-Leibler-termi; arvojen summa on M).&lt;/li&gt;&lt;li&gt;&lt;code&gt;dropped&lt;/code&gt;: 1, kun yksikkö jätettiin pois puuttuvien arvojen vuoksi.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Väestörakennekentät käyttävät kaikkia ryhmäkenttiä (kokonaismäärä = niiden summa); jos ryhmäkenttiä on vain yksi ja lisäksi on valittu kokonaismääräkenttä, ne käyttävät ryhmää ja kokonaismäärän muuta osaa. Jos kentän nimi on jo syötetasossa, nimeen lisätään pääte (_2, _3 …). Tulostason tyyli määräytyy ensimmäisen sijaintiosamäärän mukaan: alle 1 sinisellä ja yli 1 punaisella.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="79" />
      <source>Choose a total field, or at least two group fields.</source>
      <translation>Valitse kokonaismääräkenttä tai vähintään kaksi ryhmäkenttää.</translation>
    </message>
    <message>
      <location filename="../algorithms/local_indices.py" line="107" />
      <source>{} units left out because of missing values (field 'dropped' = 1).</source>
      <translation>{} yksikköä jätettiin pois puuttuvien arvojen vuoksi (kenttä 'dropped' = 1).</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="159" />
      <source>Multiscalar segregation profile</source>
      <translation>Monitasoinen segregaatioprofiili</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="162" />
      <source>Spatial segregation indices on kernel-smoothed local environments over a list of bandwidths, per region: a table and a chart of the profile.</source>
      <translation>Spatiaaliset segregaatioindeksit ydintasoitetuista paikallisista ympäristöistä usealla kaistanleveydellä alueittain: profiili taulukkona ja kaaviona.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="191" />
      <source>&lt;p&gt;A unit dropped because of missing values is left out of the environments too (its location is not used).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Puuttuvien arvojen vuoksi pois jätetty yksikkö jätetään pois myös ympäristöistä (sen sijaintia ei käytetä).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="331" />
      <source>Bandwidth (m, log scale)</source>
      <translation>Kaistanleveys (m, logaritminen asteikko)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="331" />
      <source>Index value</source>
      <translation>Indeksin arvo</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="332" />
      <source>0 (aspatial)</source>
      <translation>0 (ei-spatiaalinen)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="332" />
      <source>all units</source>
      <translation>kaikki yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="363" />
      <source>Index value by bandwidth; one line per region.</source>
      <translation>Indeksin arvo kaistanleveyden mukaan; yksi viiva kutakin aluetta kohden.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="367" />
      <source>A value that falls steeply as the bandwidth grows means micro-scale segregation; a flat profile means large-scale segregation. Bandwidth 0 is the aspatial value.</source>
      <translation>Arvo, joka laskee jyrkästi kaistanleveyden kasvaessa, kertoo pienen mittakaavan segregaatiosta; tasainen profiili kertoo laajan mittakaavan segregaatiosta. Kaistanleveys 0 antaa ei-spatiaalisen arvon.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="389" />
      <source>Index values by bandwidth</source>
      <translation>Indeksien arvot kaistanleveyksittäin</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="166" />
      <source>&lt;p&gt;Shows at which scale segregation lives. For every bandwidth (e.g. 250, 500, 1000, 2000 and 4000 m) each unit's &lt;i&gt;local environment&lt;/i&gt; is the population around it, weighted by a distance kernel, the unit itself included; the chosen aspatial indices are then computed on these environments for every region (city), as in Reardon &amp;amp; O'Sullivan (2004) Measures of spatial segregation, Sociological Methodology 34, and Reardon et al. (2008) The geographic scale of metropolitan racial segregation, Demography 45(3). A bandwidth of 0 gives the aspatial value.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reading the profile&lt;/b&gt;: a value that falls steeply as the bandwidth grows means micro-scale segregation (groups live apart in neighbouring blocks, but the larger districts are mixed); a flat profile means large-scale segregation (whole districts differ). Compare cities by the level and by the shape of their lines.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Local environments&lt;/b&gt;: the smoothed counts of every group and of the total are sum&lt;sub&gt;j&lt;/sub&gt; K(d&lt;sub&gt;ij&lt;/sub&gt;/h) x&lt;sub&gt;j&lt;/sub&gt; over the units within the bandwidth h (distances between centroids, in metres: the layer needs a projected CRS such as ETRS-TM35FIN, EPSG:3067). Kernels as in libpysal: Gaussian (default, cut at the bandwidth), triangular, uniform, Epanechnikov, quartic. The unit's own weight is the kernel at distance 0, K(0) (PySAL sets it to 1: the two agree for the triangular kernel only). The smoothed counts are not rounded (PySAL's segregation package rounds them to whole persons), so values differ from PySAL's by that rounding. With &lt;b&gt;Environments stop at region borders&lt;/b&gt; (default) a unit's environment only holds units of its own region. Regular grids (e.g. 250 m cells) are smoothed by FFT convolution, without a weights matrix.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: one row per bandwidth, region, index and group (single-group indices: each group against the rest of the total; multigroup indices: group '(all groups)'), with the value and the numbers of units used and dropped. The optional chart (PNG or SVG by the file extension) has one panel per index and group and one line per region, the bandwidth on a log scale; the optional HTML report holds the chart and the table.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Näyttää, missä mittakaavassa segregaatio ilmenee. Jokaisella kaistanleveydellä (esim. 250, 500, 1000, 2000 ja 4000 m) kunkin yksikön &lt;i&gt;paikallinen ympäristö&lt;/i&gt; on sitä ympäröivä väestö etäisyyteen perustuvalla ydinfunktiolla (kernel) painotettuna, yksikkö itse mukaan lukien; valitut ei-spatiaaliset indeksit lasketaan sitten näistä ympäristöistä jokaiselle alueelle (kaupungille) kuten lähteissä Reardon &amp;amp; O'Sullivan (2004) Measures of spatial segregation, Sociological Methodology 34, ja Reardon et al. (2008) The geographic scale of metropolitan racial segregation, Demography 45(3). Kaistanleveys 0 antaa ei-spatiaalisen arvon.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Profiilin tulkinta&lt;/b&gt;: arvo, joka laskee jyrkästi kaistanleveyden kasvaessa, kertoo pienen mittakaavan segregaatiosta (ryhmät asuvat erillään vierekkäisissä kortteleissa, mutta suuremmat kaupunginosat ovat sekoittuneita); tasainen profiili kertoo laajan mittakaavan segregaatiosta (kokonaiset kaupunginosat eroavat toisistaan). Vertaa kaupunkeja niiden viivojen tason ja muodon perusteella.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Paikalliset ympäristöt&lt;/b&gt;: kunkin ryhmän ja kokonaismäärän tasoitetut lukumäärät ovat sum&lt;sub&gt;j&lt;/sub&gt; K(d&lt;sub&gt;ij&lt;/sub&gt;/h) x&lt;sub&gt;j&lt;/sub&gt; kaistanleveyden h sisällä olevien yksiköiden yli (etäisyydet keskipisteiden (sentroidien) välillä metreinä: tasolla on oltava projisoitu koordinaattijärjestelmä, kuten ETRS-TM35FIN, EPSG:3067). Ydinfunktiot kuten libpysal-kirjastossa: gaussinen (oletus, katkaistu kaistanleveyden kohdalta), kolmio, tasainen, Epanechnikov, kvartinen. Yksikön oma paino on ydinfunktion arvo etäisyydellä 0, K(0) (PySAL asettaa sen arvoon 1: nämä ovat samat vain kolmioydinfunktiolla). Tasoitettuja lukumääriä ei pyöristetä (PySALin segregation-paketti pyöristää ne kokonaisiksi henkilöiksi), joten arvot poikkeavat PySALin arvoista tämän pyöristyksen verran. Kun &lt;b&gt;Ympäristöt rajautuvat alueen rajoihin&lt;/b&gt; on valittu (oletus), yksikön ympäristöön kuuluu vain sen oman alueen yksiköitä. Säännölliset ruudukot (esim. 250 m:n ruudut) tasoitetaan FFT-konvoluutiolla ilman painomatriisia.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Tulos&lt;/b&gt;: yksi rivi kutakin kaistanleveyttä, aluetta, indeksiä ja ryhmää kohden (yhden ryhmän indeksit: kukin ryhmä suhteessa kokonaismäärän muuhun osaan; usean ryhmän indeksit: ryhmä '(all groups)'); riveillä on arvo sekä käytettyjen ja pois jätettyjen yksiköiden lukumäärät. Valinnaisessa kaaviossa (PNG tai SVG tiedostopäätteen mukaan) on yksi paneeli kutakin indeksiä ja ryhmää kohden ja yksi viiva kutakin aluetta kohden, kaistanleveys logaritmisella asteikolla; valinnainen HTML-raportti sisältää kaavion ja taulukon.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="198" />
      <source>Bandwidths (metres, separated by commas; 0 = aspatial)</source>
      <translation>Kaistanleveydet (metreinä, pilkuin erotettuina; 0 = ei-spatiaalinen)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="200" />
      <source>Kernel function</source>
      <translation>Ydinfunktio (kernel)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="206" />
      <source>Environments stop at region borders</source>
      <translation>Ympäristöt rajautuvat alueen rajoihin</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="210" />
      <source>Profile chart</source>
      <translation>Profiilikaavio</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="233" />
      <source>Give at least one bandwidth in metres, e.g. 250, 500, 1000, 2000, 4000.</source>
      <translation>Anna vähintään yksi kaistanleveys metreinä, esim. 250, 500, 1000, 2000, 4000.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="250" />
      <source>The multiscalar profile needs the location of every unit, but the input layer has no geometry (a plain table). Use a layer of polygons or points, e.g. join the table to the postal-code areas first.</source>
      <translation>Monitasoinen segregaatioprofiili tarvitsee jokaisen yksikön sijainnin, mutta syötetasolla ei ole geometriaa (pelkkä taulukko). Käytä polygoni- tai pistetasoa, esim. yhdistä taulukko ensin postinumeroalueisiin.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="254" />
      <source>The multiscalar profile</source>
      <translation>Monitasoinen segregaatioprofiili</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="255" />
      <source>The layer has no coordinate reference system: distances are taken in its map units as if they were metres.</source>
      <translation>Tasolla ei ole koordinaattijärjestelmää: etäisyydet tulkitaan sen karttayksiköissä ikään kuin ne olisivat metrejä.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="356" />
      <source>Bandwidths (m)</source>
      <translation>Kaistanleveydet (m)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="210" />
      <source>PNG images (*.png);;SVG images (*.svg)</source>
      <translation>PNG-kuvat (*.png);;SVG-kuvat (*.svg)</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="395" />
      <source>The chart file '{}' must end in .png or .svg.</source>
      <translation>Kaaviotiedoston '{}' päätteen on oltava .png tai .svg.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="229" />
      <source>Bandwidths: '{}' is not a distance. Give distances in metres (0 or more) separated by commas, e.g. 250, 500, 1000, 2000, 4000.</source>
      <translation>Kaistanleveydet: '{}' ei ole etäisyys. Anna etäisyydet metreinä (0 tai enemmän) pilkuin erotettuina, esim. 250, 500, 1000, 2000, 4000.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="272" />
      <source>Features {} have no geometry: the multiscalar profile needs every unit's location. Remove or fix them.</source>
      <translation>Kohteilla {} ei ole geometriaa: monitasoinen segregaatioprofiili tarvitsee jokaisen yksikön sijainnin. Poista tai korjaa ne.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="281" />
      <source>Bandwidth {:g} m done.</source>
      <translation>Kaistanleveys {:g} m valmis.</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="338" />
      <source>The chart needs the Python package matplotlib, which this QGIS installation lacks ({}).</source>
      <translation>Kaavio edellyttää Python-pakettia matplotlib, joka puuttuu tästä QGIS-asennuksesta ({}).</translation>
    </message>
    <message>
      <location filename="../algorithms/multiscalar_profile.py" line="388" />
      <source>{:g} m</source>
      <translation>{:g} m</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="68" />
      <source>Field '{field}' has non-numeric values ({examples}) in features {ids}. Use a numeric field, or clean these values.</source>
      <translation>Kentässä '{field}' on ei-numeerisia arvoja ({examples}) kohteissa {ids}. Käytä numeerista kenttää tai korjaa nämä arvot.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="70" />
      <source>Field '{field}' has negative or infinite counts in features {ids}. Counts must be &gt;= 0 (-1 is read as suppressed).</source>
      <translation>Kentässä '{field}' on negatiivisia tai äärettömiä lukumääriä kohteissa {ids}. Lukumäärien on oltava &gt;= 0 (-1 tulkitaan salatuksi arvoksi).</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="72" />
      <source>Field '{field}' is larger than the total '{total}' in features {ids}. Check that '{total}' is the base count of '{field}'.</source>
      <translation>Kenttä '{field}' on suurempi kuin kokonaismäärä '{total}' kohteissa {ids}. Tarkista, että '{total}' on kentän '{field}' perusjoukko.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="75" />
      <source>Only one group field ('{field}') and no total field: choose the total (base) field, or at least two group fields whose sum is the total.</source>
      <translation>Vain yksi ryhmäkenttä ('{field}') eikä kokonaismääräkenttää: valitse kokonaismääräkenttä (perusjoukko) tai vähintään kaksi ryhmäkenttää, joiden summa on kokonaismäärä.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="53" />
      <source>The input layer has no features (or no selected features).</source>
      <translation>Syötetasossa ei ole kohteita (tai valittuja kohteita).</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="107" />
      <source>Field '{}' is not in the input layer.</source>
      <translation>Kenttää '{}' ei ole syötetasossa.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="30" />
      <source>Bandwidth of the surface (kernel-smoothed) indices, map units (0 = none); also kernel weights</source>
      <translation>Pintapohjaisten (ydintasoitettujen) indeksien kaistanleveys, karttayksiköt (0 = ei pintapohjaisia indeksejä); myös ydinfunktiopainoille</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="33" />
      <source>Centre for centralization</source>
      <translation>Keskustan määritys (keskittyminen keskustaan, sentralisaatio)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="36" />
      <source>Centre points (polycentric cities)</source>
      <translation>Keskustapisteet (monikeskuksiset kaupungit)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="38" />
      <source>Region of each centre point (field of the centre layer)</source>
      <translation>Kunkin keskustapisteen alue (keskustatason kenttä)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="40" />
      <source>Distance-decay convention</source>
      <translation>Etäisyysvaimennuksen käytäntö</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="105" />
      <source>Choose the centre point layer for centralization.</source>
      <translation>Valitse keskustapistetaso keskittymisen keskustaan (sentralisaation) laskemista varten.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="119" />
      <source>The centre point layer has no points.</source>
      <translation>Keskustapistetasossa ei ole pisteitä.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="34" />
      <source>Region centroid (mean of unit centroids)</source>
      <translation>Alueen keskipiste (yksiköiden keskipisteiden keskiarvo)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="34" />
      <source>Population-weighted mean centre</source>
      <translation>Väestöllä painotettu keskipiste</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="35" />
      <source>Nearest point of the centre layer</source>
      <translation>Keskustatason lähin piste</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="41" />
      <source>Massey &amp; Denton 1988: exp(-distance in km)</source>
      <translation>Massey &amp; Denton 1988: exp(-etäisyys kilometreinä)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="41" />
      <source>PySAL 2.5 compatible</source>
      <translation>PySAL 2.5 -yhteensopiva</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="66" />
      <source>Features {} have no geometry, so spatial indices cannot place them. Remove or repair them, or choose only aspatial indices.</source>
      <translation>Kohteilla {} ei ole geometriaa, joten spatiaaliset indeksit eivät voi sijoittaa niitä. Poista tai korjaa ne tai valitse vain ei-spatiaalisia indeksejä.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="127" />
      <source>No centre point's region in '{field}' is a region of the units: {codes} (the units' regions are {regions}).</source>
      <translation>Minkään keskustapisteen alue kentässä '{field}' ei ole yksiköiden alue: {codes} (yksiköiden alueet ovat {regions}).</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="137" />
      <source>Regions without a centre point (their centralization indices are empty): {}</source>
      <translation>Alueet ilman keskustapistettä (niiden keskittymisindeksit (sentralisaatio) jäävät tyhjiksi): {}</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_context.py" line="132" />
      <source>{} centre points have a region that no unit has; they are ignored.</source>
      <translation>{} keskustapisteellä on alue, jota millään yksiköllä ei ole; ne jätetään huomiotta.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="47" />
      <source>Neighbours of every unit (contiguity, nearest neighbours, distance band, kernel), summarised and written as a GAL/GWT file.</source>
      <translation>Jokaisen yksikön naapurit (vierekkäisyys, lähimmät naapurit, etäisyysvyöhyke, ydinfunktio) yhteenvetona ja GAL/GWT-tiedostoon kirjoitettuina.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="51" />
      <source>&lt;p&gt;Builds the spatial weights that the spatial indices and cluster tools use, so you can check them (neighbour counts, islands, connected parts) and exchange them with GeoDa or PySAL.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Queen / rook contiguity&lt;/b&gt;: polygons that share a corner or a border / a border of positive length, found with GEOS; the snapping tolerance closes slivers and small gaps. Square grid cells (e.g. 250 m) are recognised and linked from their positions, without geometry tests.&lt;/li&gt;&lt;li&gt;&lt;b&gt;K nearest neighbours&lt;/b&gt;, &lt;b&gt;distance band&lt;/b&gt; (binary) and &lt;b&gt;kernels&lt;/b&gt; (triangular, uniform, Epanechnikov, quartic, Gaussian; fixed bandwidth, or adaptive: the distance to the k-th neighbour) use the centroids and need a projected CRS (metres), e.g. ETRS-TM35FIN (EPSG:3067) in Finland.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Islands (units without neighbours, e.g. archipelago postal areas) are listed; optionally they are linked to their k nearest units. With a region field, neighbours are only sought within the same region (city). Conventions follow libpysal (Anselin 1988; Anselin &amp;amp; Rey 2010).&lt;/p&gt;&lt;p&gt;The output layer gets &lt;code&gt;n_neighbours&lt;/code&gt;, &lt;code&gt;island&lt;/code&gt; (1/0) and &lt;code&gt;component&lt;/code&gt; (connected part). The GAL file holds neighbour lists, the GWT file the weights; ids are the ID field's values (feature ids without it).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Muodostaa spatiaaliset painot, joita spatiaaliset indeksit ja klusterityökalut käyttävät, jotta voit tarkistaa ne (naapurien lukumäärät, saaret, yhtenäiset osat) ja siirtää ne GeoDaan tai PySALiin.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Kuningatar-/tornivierekkäisyys (queen/rook)&lt;/b&gt;: polygonit, joilla on yhteinen kulma tai raja / yhteinen raja, jonka pituus on positiivinen; ne haetaan GEOS-kirjastolla, ja kohdistustoleranssi sulkee kapeat raot ja pienet aukot. Neliönmuotoiset ruudut (esim. 250 m) tunnistetaan ja yhdistetään niiden sijaintien perusteella ilman geometriatestejä.&lt;/li&gt;&lt;li&gt;&lt;b&gt;K lähintä naapuria&lt;/b&gt;, &lt;b&gt;etäisyysvyöhyke&lt;/b&gt; (binäärinen) ja &lt;b&gt;ydinfunktiot&lt;/b&gt; (kolmio, tasainen, Epanechnikov, kvartinen, gaussinen; kiinteä kaistanleveys tai mukautuva: etäisyys k:nteen naapuriin) käyttävät keskipisteitä (sentroideja) ja edellyttävät projisoitua koordinaattijärjestelmää (metrit), Suomessa esim. ETRS-TM35FIN (EPSG:3067).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Saaret (naapurittomat yksiköt, esim. saariston postinumeroalueet) luetellaan; valinnaisesti ne yhdistetään k lähimpään yksikköönsä. Kun aluekenttä on valittu, naapureita haetaan vain saman alueen (kaupungin) sisältä. Käytännöt noudattavat libpysal-kirjastoa (Anselin 1988; Anselin &amp;amp; Rey 2010).&lt;/p&gt;&lt;p&gt;Tulostasoon lisätään kentät &lt;code&gt;n_neighbours&lt;/code&gt;, &lt;code&gt;island&lt;/code&gt; (1/0) ja &lt;code&gt;component&lt;/code&gt; (yhtenäinen osa). GAL-tiedosto sisältää naapuriluettelot ja GWT-tiedosto painot; tunnisteina ovat ID-kentän arvot (ilman sitä kohteiden tunnisteet).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="171" />
      <source>Links</source>
      <translation>Naapuruussuhteet</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="171" />
      <source>Mean neighbours</source>
      <translation>Naapureita keskimäärin</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="172" />
      <source>Fewest neighbours</source>
      <translation>Naapureita vähintään</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="172" />
      <source>Most neighbours</source>
      <translation>Naapureita enintään</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="173" />
      <source>Islands</source>
      <translation>Saaret (naapurittomat yksiköt)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="173" />
      <source>Connected parts</source>
      <translation>Yhtenäiset osat</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="173" />
      <source>Symmetric</source>
      <translation>Symmetrinen</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="71" />
      <source>Region field (neighbours only within a region)</source>
      <translation>Aluekenttä (naapurit vain alueen sisältä)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="74" />
      <source>ID field for the weights file (unique, e.g. posti_alue)</source>
      <translation>Painotiedoston ID-kenttä (yksilöllinen, esim. posti_alue)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="78" />
      <source>Neighbour counts</source>
      <translation>Naapurien lukumäärät</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="80" />
      <source>Weights file</source>
      <translation>Painotiedosto</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="83" />
      <source>HTML summary</source>
      <translation>HTML-yhteenveto</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="85" />
      <source>Number of islands</source>
      <translation>Saarten lukumäärä</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="86" />
      <source>Mean number of neighbours</source>
      <translation>Naapurien keskimääräinen lukumäärä</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="87" />
      <source>Number of connected parts</source>
      <translation>Yhtenäisten osien lukumäärä</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="176" />
      <source>Island ids</source>
      <translation>Saarten tunnisteet</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="177" />
      <source>Specification</source>
      <translation>Määrittely</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="80" />
      <source>GAL files (*.gal);;GWT files (*.gwt)</source>
      <translation>GAL-tiedostot (*.gal);;GWT-tiedostot (*.gwt)</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="136" />
      <source>{n} units, {links} links, neighbours per unit: mean {mean:.2f}, min {min}, max {max}; {parts} connected parts.</source>
      <translation>{n} yksikköä, {links} naapuruussuhdetta, naapureita yksikköä kohden: keskimäärin {mean:.2f}, vähintään {min}, enintään {max}; {parts} yhtenäistä osaa.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="131" />
      <source>ID field '{}' must be unique, non-empty and without spaces.</source>
      <translation>ID-kentän '{}' arvojen on oltava yksilöllisiä ja ei-tyhjiä, eivätkä ne saa sisältää välilyöntejä.</translation>
    </message>
    <message>
      <location filename="../algorithms/spatial_weights.py" line="143" />
      <source>{} units have no neighbours (islands): {}</source>
      <translation>{} yksiköllä ei ole naapureita (saaret): {}</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="55" />
      <source>&lt;h3&gt;The two sets&lt;/h3&gt;&lt;p&gt;Give the two sets of units in one of two ways: &lt;b&gt;two layers&lt;/b&gt; (the input layer is set A, the second layer set B, e.g. the same city in 2015 and 2019; the count fields must exist in both; &lt;i&gt;Set A&lt;/i&gt; and &lt;i&gt;Set B&lt;/i&gt; may name them), or &lt;b&gt;one layer and a set field&lt;/b&gt; with two of its values (e.g. field &lt;code&gt;kunta&lt;/code&gt;, set A = 091 Helsinki, set B = 049 Espoo). A numeric field matches numerically (091 = 91). The group count fields, the total field and the missing-value policy apply to both sets; imputation uses each set's own rate. Each set needs at least two usable units.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Kaksi joukkoa&lt;/h3&gt;&lt;p&gt;Anna kaksi yksikköjoukkoa jommallakummalla kahdesta tavasta: &lt;b&gt;kaksi tasoa&lt;/b&gt; (syötetaso on joukko A ja toinen taso joukko B, esim. sama kaupunki vuosina 2015 ja 2019; lukumääräkenttien on oltava molemmissa; &lt;i&gt;Joukko A&lt;/i&gt; ja &lt;i&gt;Joukko B&lt;/i&gt; voivat antaa niille nimet) tai &lt;b&gt;yksi taso ja joukkokenttä&lt;/b&gt; ja sen kaksi arvoa (esim. kenttä &lt;code&gt;kunta&lt;/code&gt;, joukko A = 091 Helsinki, joukko B = 049 Espoo). Numeerista kenttää verrataan numeerisesti (091 = 91). Ryhmien lukumääräkentät, kokonaismääräkenttä ja puuttuvien arvojen käsittely koskevat molempia joukkoja; imputoinnissa käytetään kunkin joukon omaa ryhmäosuutta. Kummassakin joukossa on oltava vähintään kaksi käyttökelpoista yksikköä.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="40" />
      <source>Second layer: set B, e.g. the same city in another year [or use a set field]</source>
      <translation>Toinen taso: joukko B, esim. sama kaupunki toisena vuonna [tai käytä joukkokenttää]</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="43" />
      <source>Set field of the input layer, e.g. the municipality code [instead of a second layer]</source>
      <translation>Syötetason joukkokenttä, esim. kuntakoodi [toisen tason sijaan]</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="46" />
      <source>Set A: value of the set field, e.g. 091 [with two layers: an optional name for the input layer]</source>
      <translation>Joukko A: joukkokentän arvo, esim. 091 [kahdella tasolla: syötetason valinnainen nimi]</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="49" />
      <source>Set B: value of the set field, e.g. 049 [with two layers: an optional name for the second layer]</source>
      <translation>Joukko B: joukkokentän arvo, esim. 049 [kahdella tasolla: toisen tason valinnainen nimi]</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="131" />
      <source>Give the two sets either as a second layer or as a set field with two values, not both.</source>
      <translation>Anna kaksi joukkoa joko toisena tasona tai joukkokenttänä ja sen kahtena arvona, ei molempia.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="136" />
      <source>Give the two sets to compare: a second layer (set B), or a set field of the input layer with the values of set A and set B (e.g. kunta = 091 and 049).</source>
      <translation>Anna vertailtavat kaksi joukkoa: toinen taso (joukko B) tai syötetason joukkokenttä ja joukkojen A ja B arvot (esim. kunta = 091 ja 049).</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="160" />
      <source>layer '{}'</source>
      <translation>taso '{}'</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="193" />
      <source>{field} = {value} in layer '{layer}'</source>
      <translation>{field} = {value} tasossa '{layer}'</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="149" />
      <source>Field(s) {fields} are not in the second layer '{layer}': with two layers the group and total fields must exist in both.</source>
      <translation>Kenttiä {fields} ei ole toisessa tasossa '{layer}': kun tasoja on kaksi, ryhmä- ja kokonaismääräkenttien on oltava molemmissa.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="166" />
      <source>The set field '{}' is also chosen as a group or total field.</source>
      <translation>Joukkokenttä '{}' on valittu myös ryhmä- tai kokonaismääräkentäksi.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="169" />
      <source>With a set field ('{}'), give the values of set A and set B (e.g. 091 and 049).</source>
      <translation>Kun käytetään joukkokenttää ('{}'), anna joukkojen A ja B arvot (esim. 091 ja 049).</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="185" />
      <source>Set A and set B are the same value ('{}') of the set field: choose two different values.</source>
      <translation>Joukot A ja B ovat joukkokentän sama arvo ('{}'): valitse kaksi eri arvoa.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="180" />
      <source>No feature has the value '{value}' in the set field '{field}'. Values present: {values}.</source>
      <translation>Millään kohteella ei ole arvoa '{value}' joukkokentässä '{field}'. Esiintyvät arvot: {values}.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="101" />
      <source>Set '{set}' has {n} usable unit(s) for {group} ({dropped} dropped because of missing values): a comparison needs at least two units in each set.</source>
      <translation>Joukossa '{set}' on {n} käyttökelpoista yksikköä ryhmälle {group} ({dropped} jätettiin pois puuttuvien arvojen vuoksi): vertailu edellyttää vähintään kahta yksikköä kummassakin joukossa.</translation>
    </message>
    <message>
      <location filename="../algorithms/two_sets.py" line="106" />
      <source>Set '{set}' has no population in its usable units for {group} (every total is 0).</source>
      <translation>Joukon '{set}' käyttökelpoisissa yksiköissä ei ole väestöä ryhmälle {group} (jokainen kokonaismäärä on 0).</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="37" />
      <source>Queen contiguity (shared border or corner)</source>
      <translation>Kuningatarvierekkäisyys (queen; yhteinen raja tai kulma)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="37" />
      <source>Rook contiguity (shared border)</source>
      <translation>Tornivierekkäisyys (rook; yhteinen raja)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="38" />
      <source>K nearest neighbours</source>
      <translation>K lähintä naapuria</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="38" />
      <source>Distance band</source>
      <translation>Etäisyysvyöhyke</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="38" />
      <source>Kernel</source>
      <translation>Ydinfunktio (kernel)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="38" />
      <source>From a GAL/GWT file</source>
      <translation>GAL/GWT-tiedostosta</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Triangular</source>
      <translation>Kolmio</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Uniform</source>
      <translation>Tasainen</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Epanechnikov</source>
      <translation>Epanechnikov</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Quartic (bisquare)</source>
      <translation>Kvartinen (bisquare)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="42" />
      <source>Gaussian</source>
      <translation>Gaussinen</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="49" />
      <source>Spatial weights (neighbours)</source>
      <translation>Spatiaaliset painot (naapurit)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="51" />
      <source>Contiguity snapping tolerance (map units, closes slivers and gaps)</source>
      <translation>Vierekkäisyyden kohdistustoleranssi (karttayksiköt, sulkee kapeat raot ja aukot)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="53" />
      <source>Number of neighbours k (KNN, adaptive kernel, islands)</source>
      <translation>Naapurien lukumäärä k (KNN, mukautuva ydinfunktio, saaret)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="55" />
      <source>Distance band threshold (map units)</source>
      <translation>Etäisyysvyöhykkeen raja-arvo (karttayksiköt)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="62" />
      <source>Units without neighbours (islands)</source>
      <translation>Naapurittomat yksiköt (saaret)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="65" />
      <source>Neighbours only within the same region</source>
      <translation>Naapurit vain saman alueen sisältä</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="67" />
      <source>Weights file (GAL or GWT; ids = feature ids or the ID field)</source>
      <translation>Painotiedosto (GAL tai GWT; tunnisteet = kohteiden tunnisteet tai ID-kenttä)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="171" />
      <source>Choose a GAL or GWT weights file.</source>
      <translation>Valitse GAL- tai GWT-painotiedosto.</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="59" />
      <source>Kernel bandwidth (map units; 0 = adaptive, k-th neighbour)</source>
      <translation>Ydinfunktion kaistanleveys (karttayksiköt; 0 = mukautuva, etäisyys k:nteen naapuriin)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="68" />
      <source>Weights files (*.gal *.GAL *.gwt *.GWT)</source>
      <translation>Painotiedostot (*.gal *.GAL *.gwt *.GWT)</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="63" />
      <source>Keep without neighbours</source>
      <translation>Säilytä naapurittomina</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="63" />
      <source>Link to their k nearest units</source>
      <translation>Yhdistä k lähimpään yksikköönsä</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="101" />
      <source>Features {} have no geometry: spatial weights need every unit's location. Remove or fix them.</source>
      <translation>Kohteilla {} ei ole geometriaa: spatiaaliset painot edellyttävät jokaisen yksikön sijaintia. Poista tai korjaa ne.</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="136" />
      <source>Regular grid of {:g} map-unit cells: contiguity from cell positions.</source>
      <translation>Säännöllinen ruudukko, ruudun koko {:g} karttayksikköä: vierekkäisyys ruutujen sijainneista.</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="175" />
      <source>Weights file '{}' is neither .gal nor .gwt.</source>
      <translation>Painotiedosto '{}' ei ole .gal- eikä .gwt-tiedosto.</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="109" />
      <source>Distance-based weights</source>
      <translation>Etäisyyteen perustuva painotus</translation>
    </message>
    <message>
      <location filename="../algorithms/weights_parameters.py" line="115" />
      <source>Linking islands to their nearest units</source>
      <translation>Saarten yhdistäminen lähimpiin yksiköihinsä</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="90" />
      <source>Higher = more mixing</source>
      <translation>Suurempi arvo = enemmän sekoittumista</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="10" />
      <source>Dissimilarity (D)</source>
      <translation>Erilaisuusindeksi (D)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="11" />
      <source>Gini coefficient</source>
      <translation>Gini-kerroin</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="12" />
      <source>Entropy index (Theil's H)</source>
      <translation>Entropiaindeksi (Theilin H)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="13" />
      <source>Atkinson index</source>
      <translation>Atkinsonin indeksi</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="14" />
      <source>Isolation (xPx)</source>
      <translation>Eristyneisyysindeksi (xPx)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="15" />
      <source>Exposure to the rest (xPy)</source>
      <translation>Altistumisindeksi muille (xPy)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="16" />
      <source>Correlation ratio (eta squared)</source>
      <translation>Korrelaatiosuhde (eetan neliö)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="17" />
      <source>Multigroup dissimilarity</source>
      <translation>Usean ryhmän erilaisuusindeksi</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="18" />
      <source>Multigroup Gini</source>
      <translation>Usean ryhmän Gini-kerroin</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="19" />
      <source>Multigroup information theory index (H)</source>
      <translation>Usean ryhmän informaatioteoreettinen indeksi (H)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="20" />
      <source>Mutual information index (M)</source>
      <translation>Keskinäisinformaatioindeksi (M)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="21" />
      <source>Multigroup normalized exposure</source>
      <translation>Usean ryhmän normitettu altistumisindeksi</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="22" />
      <source>Multigroup relative diversity</source>
      <translation>Usean ryhmän suhteellinen monimuotoisuus</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="23" />
      <source>Multigroup squared coefficient of variation</source>
      <translation>Usean ryhmän variaatiokertoimen neliö</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="24" />
      <source>Simpson's concentration</source>
      <translation>Simpsonin keskittyneisyysindeksi</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="25" />
      <source>Simpson's interaction</source>
      <translation>Simpsonin vuorovaikutusindeksi</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="26" />
      <source>Diversity (entropy E)</source>
      <translation>Monimuotoisuus (entropia E)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="27" />
      <source>Spatial dissimilarity D(adj) (Morrill)</source>
      <translation>Spatiaalinen erilaisuusindeksi D(adj) (Morrill)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="28" />
      <source>Boundary spatial dissimilarity D(w) (Wong)</source>
      <translation>Rajapituudella painotettu spatiaalinen erilaisuusindeksi D(w) (Wong)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="29" />
      <source>Perimeter/area dissimilarity D(s) (Wong)</source>
      <translation>Piirin ja pinta-alan suhteella painotettu erilaisuusindeksi D(s) (Wong)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="30" />
      <source>Spatial proximity (White)</source>
      <translation>Spatiaalinen läheisyys (White)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="31" />
      <source>Absolute clustering</source>
      <translation>Absoluuttinen kasautuminen</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="32" />
      <source>Relative clustering</source>
      <translation>Suhteellinen kasautuminen</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="33" />
      <source>Distance-decay isolation</source>
      <translation>Etäisyysvaimennettu eristyneisyysindeksi</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="34" />
      <source>Distance-decay exposure</source>
      <translation>Etäisyysvaimennettu altistumisindeksi</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="35" />
      <source>Delta (concentration)</source>
      <translation>Delta (keskittyneisyys)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="36" />
      <source>Absolute concentration</source>
      <translation>Absoluuttinen keskittyneisyys</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="37" />
      <source>Relative concentration</source>
      <translation>Suhteellinen keskittyneisyys</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="38" />
      <source>Absolute centralization</source>
      <translation>Absoluuttinen keskittyminen keskustaan (sentralisaatio)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="39" />
      <source>Relative centralization</source>
      <translation>Suhteellinen keskittyminen keskustaan (sentralisaatio)</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="49" />
      <source>Share of the group that would have to move for an even distribution.</source>
      <translation>Ryhmän osuus, jonka pitäisi muuttaa, jotta ryhmä jakautuisi tasaisesti.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="50" />
      <source>Mean difference in group shares between all pairs of areas, weighted by population.</source>
      <translation>Ryhmäosuuksien keskimääräinen ero kaikkien osa-alueparien välillä väestöllä painotettuna.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="51" />
      <source>How much less diverse the areas are than the city as a whole.</source>
      <translation>Kuinka paljon vähemmän monimuotoisia osa-alueet ovat kuin kaupunki kokonaisuutena.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="52" />
      <source>Unevenness that weights areas where the group is under-represented (shape b).</source>
      <translation>Epätasaisuus, joka painottaa osa-alueita, joilla ryhmä on aliedustettu (muotoparametri b).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="53" />
      <source>Group share in the area of the average group member.</source>
      <translation>Ryhmän osuus ryhmän keskimääräisen jäsenen asuinalueella.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="54" />
      <source>Share of the others in the area of the average group member.</source>
      <translation>Muiden osuus ryhmän keskimääräisen jäsenen asuinalueella.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="55" />
      <source>Isolation corrected for the group's size in the city.</source>
      <translation>Eristyneisyys korjattuna ryhmän koolla koko kaupungissa.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="56" />
      <source>Dissimilarity generalised to all groups at once.</source>
      <translation>Erilaisuusindeksi yleistettynä kaikille ryhmille yhtä aikaa.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="57" />
      <source>Gini coefficient generalised to all groups at once.</source>
      <translation>Gini-kerroin yleistettynä kaikille ryhmille yhtä aikaa.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="58" />
      <source>Theil's H for all groups: entropy lost by living apart.</source>
      <translation>Theilin H kaikille ryhmille: erillään asumisen vuoksi menetetty entropia.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="59" />
      <source>Information the area gives about a resident's group (natural log).</source>
      <translation>Tieto, jonka asuinalue antaa asukkaan ryhmästä (luonnollinen logaritmi).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="60" />
      <source>Variance of group shares across areas, normalised per group.</source>
      <translation>Ryhmäosuuksien varianssi osa-alueiden välillä ryhmittäin normitettuna.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="61" />
      <source>Interaction lost by living apart, relative to the city.</source>
      <translation>Erillään asumisen vuoksi menetetty vuorovaikutus suhteessa koko kaupunkiin.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="62" />
      <source>Variance of group shares relative to group size.</source>
      <translation>Ryhmäosuuksien varianssi suhteessa ryhmän kokoon.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="63" />
      <source>Chance that two random residents of the city belong to the same group.</source>
      <translation>Todennäköisyys, että kaksi satunnaista kaupungin asukasta kuuluu samaan ryhmään.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="64" />
      <source>Chance that two random residents of the city belong to different groups.</source>
      <translation>Todennäköisyys, että kaksi satunnaista kaupungin asukasta kuuluu eri ryhmiin.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="65" />
      <source>Entropy of the city's composition (natural log; maximum ln K).</source>
      <translation>Kaupungin väestörakenteen entropia (luonnollinen logaritmi; enintään ln K).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="66" />
      <source>D minus the difference in group shares between neighbouring areas.</source>
      <translation>D vähennettynä naapuriosa-alueiden välisellä ryhmäosuuksien erolla.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="67" />
      <source>D minus neighbour differences weighted by shared boundary length.</source>
      <translation>D vähennettynä naapurien välisillä eroilla yhteisen rajan pituudella painotettuna.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="68" />
      <source>D(w) also weighting neighbours by the compactness of the areas.</source>
      <translation>D(w), jossa naapureita painotetaan lisäksi osa-alueiden kompaktiudella.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="69" />
      <source>Mean proximity within groups relative to the proximity of everyone.</source>
      <translation>Ryhmien sisäinen keskimääräinen läheisyys suhteessa kaikkien asukkaiden väliseen läheisyyteen.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="70" />
      <source>Average proximity of group members to each other, 0 = none.</source>
      <translation>Ryhmän jäsenten keskimääräinen läheisyys toisiinsa, 0 = ei kasautumista.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="71" />
      <source>Proximity within the group relative to proximity within the rest.</source>
      <translation>Ryhmän sisäinen läheisyys suhteessa muiden keskinäiseen läheisyyteen.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="72" />
      <source>Isolation in distance-weighted surroundings, not just the own area.</source>
      <translation>Eristyneisyys etäisyydellä painotetussa ympäristössä, ei vain omalla osa-alueella.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="73" />
      <source>Exposure to the rest in distance-weighted surroundings.</source>
      <translation>Altistuminen muille etäisyydellä painotetussa ympäristössä.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="74" />
      <source>Share of the group that would have to move to reach a uniform density.</source>
      <translation>Ryhmän osuus, jonka pitäisi muuttaa, jotta ryhmän asukastiheys olisi kaikkialla sama.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="75" />
      <source>How small an area the group occupies, relative to the extremes.</source>
      <translation>Kuinka pienen pinta-alan ryhmä asuttaa suhteessa ääritapauksiin.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="76" />
      <source>Area occupied by the group relative to the area of the rest.</source>
      <translation>Ryhmän asuttama pinta-ala suhteessa muiden asuttamaan pinta-alaan.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="77" />
      <source>How close to the centre the group lives, relative to the area.</source>
      <translation>Kuinka lähellä keskustaa ryhmä asuu suhteessa pinta-alaan.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="78" />
      <source>How close to the centre the group lives, relative to the rest.</source>
      <translation>Kuinka lähellä keskustaa ryhmä asuu suhteessa muihin.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="81" />
      <source>The same index on kernel-smoothed local environments (Reardon &amp; O'Sullivan 2004).</source>
      <translation>Sama indeksi ydintasoitetuista paikallisista ympäristöistä laskettuna (Reardon &amp; O'Sullivan 2004).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="89" />
      <source>Higher = more segregated</source>
      <translation>Suurempi arvo = eriytyneempi</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="42" />
      <source>Spatial (kernel-smoothed) {}</source>
      <translation>{} – spatiaalinen versio (ydintasoitettu)</translation>
    </message>
    <message>
      <location filename="../provider.py" line="28" />
      <source>Segregation analysis</source>
      <translation>Segregaatioanalyysi</translation>
    </message>
    <message>
      <location filename="../styles.py" line="88" />
      <source>High-High (hot spot)</source>
      <translation>Korkea–korkea (kuuma piste)</translation>
    </message>
    <message>
      <location filename="../styles.py" line="88" />
      <source>Low-Low (cold spot)</source>
      <translation>Matala–matala (kylmä piste)</translation>
    </message>
    <message>
      <location filename="../styles.py" line="89" />
      <source>High-Low (high among low)</source>
      <translation>Korkea–matala (korkea matalien keskellä)</translation>
    </message>
    <message>
      <location filename="../styles.py" line="89" />
      <source>Low-High (low among high)</source>
      <translation>Matala–korkea (matala korkeiden keskellä)</translation>
    </message>
    <message>
      <location filename="../styles.py" line="90" />
      <source>Not significant</source>
      <translation>Ei merkitsevä</translation>
    </message>
    <message>
      <location filename="../styles.py" line="90" />
      <source>No neighbours</source>
      <translation>Ei naapureita</translation>
    </message>
    <message>
      <location filename="../styles.py" line="91" />
      <source>Missing data</source>
      <translation>Puuttuva tieto</translation>
    </message>
    <message>
      <location filename="../styles.py" line="19" />
      <source>under {}</source>
      <translation>alle {}</translation>
    </message>
    <message>
      <location filename="../styles.py" line="21" />
      <source>{} or more</source>
      <translation>{} tai enemmän</translation>
    </message>
  </context>
</TS>
