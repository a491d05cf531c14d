<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
  <context>
    <name>SegregationAnalysis</name>
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
      <location filename="../algorithms/common.py" line="80" />
      <source>&lt;h3&gt;Missing values&lt;/h3&gt;&lt;p&gt;Statistics Finland's suppression code -1, NULL, empty text and '..' are read as missing, never as zero. &lt;b&gt;Drop the unit&lt;/b&gt; leaves units with a missing count or total out of that index; &lt;b&gt;Impute&lt;/b&gt; replaces a missing group count by the unit's total times the region's rate of that group (it needs a total field; a unit whose total is missing is dropped). Each result reports the number of dropped units and the population they held. A unit with total 0 adds nothing. Other negative values, non-numeric text and a group count larger than the total stop the algorithm with a message naming the field and the feature ids.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Puuttuvat arvot&lt;/h3&gt;&lt;p&gt;Tilastokeskuksen tietosuojamerkintä -1, NULL, tyhjä teksti ja '..' tulkitaan puuttuviksi arvoiksi, ei koskaan nolliksi. &lt;b&gt;Jätä yksikkö pois&lt;/b&gt; jättää yksiköt, joilta puuttuu ryhmän lukumäärä tai kokonaismäärä, pois kyseisen indeksin laskennasta; &lt;b&gt;Imputoi&lt;/b&gt; korvaa puuttuvan ryhmän lukumäärän yksikön kokonaismäärällä kerrottuna ryhmän osuudella alueella (tämä edellyttää kokonaismääräkenttää; yksikkö, jonka kokonaismäärä puuttuu, jätetään pois). Jokaisessa tuloksessa ilmoitetaan pois jätettyjen yksiköiden lukumäärä ja niiden väestö. Yksikkö, jonka kokonaismäärä on 0, ei vaikuta tulokseen. Muut negatiiviset arvot, ei-numeerinen teksti ja kokonaismäärää suurempi ryhmän lukumäärä keskeyttävät algoritmin ilmoitukseen, jossa mainitaan kenttä ja kohteiden tunnisteet.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="51" />
      <source>Input layer (areas, grid cells or a table)</source>
      <translation>Syötetaso (alueet, ruudut tai taulukko)</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="53" />
      <source>Group count fields</source>
      <translation>Ryhmien lukumääräkentät</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="56" />
      <source>Total (base) field [empty = sum of the groups]</source>
      <translation>Kokonaismääräkenttä (perusjoukko) [tyhjä = ryhmien summa]</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="59" />
      <source>Region field (one result per value, e.g. municipality)</source>
      <translation>Aluekenttä (yksi tulos kutakin arvoa kohden, esim. kunta)</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="62" />
      <source>Missing values (-1, NULL, '..')</source>
      <translation>Puuttuvat arvot (-1, NULL, '..')</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="70" />
      <source>Choose at least one group field.</source>
      <translation>Valitse vähintään yksi ryhmäkenttä.</translation>
    </message>
    <message>
      <location filename="../algorithms/common.py" line="74" />
      <source>The total field '{}' is also chosen as a group field.</source>
      <translation>Kokonaismääräkenttä '{}' on valittu myös ryhmäkentäksi.</translation>
    </message>
    <message>
      <location filename="../algorithms/geometry.py" line="114" />
      <source>Cancelled.</source>
      <translation>Peruutettu.</translation>
    </message>
    <message>
      <location filename="../algorithms/geometry.py" line="35" />
      <source>{} needs a projected coordinate reference system (metres), but the layer is in {} (degrees). Reproject it first, e.g. to ETRS-TM35FIN (EPSG:3067) for Finland.</source>
      <translation>{} edellyttää projisoitua koordinaattijärjestelmää (metrit), mutta taso on koordinaattijärjestelmässä {} (asteet). Projisoi taso ensin uudelleen, Suomessa esim. ETRS-TM35FIN-koordinaattijärjestelmään (EPSG:3067).</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="37" />
      <source>Aspatial segregation indices per region (city) and group, in one table.</source>
      <translation>Ei-spatiaaliset segregaatioindeksit alueittain (kaupungeittain) ja ryhmittäin yhdessä taulukossa.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="53" />
      <source>&lt;p&gt;Formulas: Massey &amp;amp; Denton (1988) The dimensions of residential segregation, Social Forces 67(2); Reardon &amp;amp; Firebaugh (2002) Measures of multigroup segregation, Sociological Methodology 32. Values match PySAL's segregation package where the formulas coincide.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Kaavat: Massey &amp;amp; Denton (1988) The dimensions of residential segregation, Social Forces 67(2); Reardon &amp;amp; Firebaugh (2002) Measures of multigroup segregation, Sociological Methodology 32. Arvot vastaavat PySALin segregation-paketin arvoja niiltä osin kuin kaavat ovat samat.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="118" />
      <source>Region</source>
      <translation>Alue</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="118" />
      <source>Group</source>
      <translation>Ryhmä</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="118" />
      <source>Units</source>
      <translation>Yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="119" />
      <source>Dropped units</source>
      <translation>Pois jätetyt yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="119" />
      <source>Dropped population</source>
      <translation>Pois jätetty väestö</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="120" />
      <source>Total population</source>
      <translation>Väestö yhteensä</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="120" />
      <source>Group population</source>
      <translation>Ryhmän väestö</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="121" />
      <source>Group share</source>
      <translation>Ryhmän osuus</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="121" />
      <source>Imputed units</source>
      <translation>Imputoidut yksiköt</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="62" />
      <source>Indices</source>
      <translation>Indeksit</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="65" />
      <source>Atkinson shape parameter b (0 &lt; b &lt; 1)</source>
      <translation>Atkinsonin indeksin muotoparametri b (0 &lt; b &lt; 1)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="70" />
      <source>HTML report</source>
      <translation>HTML-raportti</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="81" />
      <source>Multigroup indices need at least two group fields.</source>
      <translation>Usean ryhmän indeksit edellyttävät vähintään kahta ryhmäkenttää.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="136" />
      <source>Input</source>
      <translation>Syötetaso</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="137" />
      <source>Group fields</source>
      <translation>Ryhmäkentät</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="138" />
      <source>Total field</source>
      <translation>Kokonaismääräkenttä</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="139" />
      <source>Region field</source>
      <translation>Aluekenttä</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="140" />
      <source>Missing values</source>
      <translation>Puuttuvat arvot</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="141" />
      <source>Atkinson b</source>
      <translation>Atkinsonin b</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="44" />
      <source>&lt;p&gt;Computes the classic aspatial segregation indices of each group against the rest of the total, and the multigroup indices of all groups together, for every region (e.g. municipality) in one run.&lt;/p&gt;&lt;p&gt;Choose the group count fields (e.g. &lt;code&gt;ko_perus&lt;/code&gt;) and their total (base) field (e.g. &lt;code&gt;ko_ika18y&lt;/code&gt;); each Paavo theme has its own base. Without a total field the total of a unit is the sum of the groups. Multigroup indices use the groups only (total = their sum) and need at least two group fields.&lt;/p&gt;&lt;p&gt;The output table has one row per region and group (single-group indices) and one row per region with group '(all groups)' (multigroup indices), with the number of units used and dropped and the population they held.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Laskee kunkin ryhmän klassiset ei-spatiaaliset segregaatioindeksit suhteessa kokonaismäärän muuhun osaan sekä kaikkien ryhmien yhteiset usean ryhmän indeksit jokaiselle alueelle (esim. kunnalle) yhdellä ajokerralla.&lt;/p&gt;&lt;p&gt;Valitse ryhmien lukumääräkentät (esim. &lt;code&gt;ko_perus&lt;/code&gt;) ja niiden kokonaismääräkenttä eli perusjoukko (esim. &lt;code&gt;ko_ika18y&lt;/code&gt;); jokaisella Paavon aihealueella on oma perusjoukkonsa. Ilman kokonaismääräkenttää yksikön kokonaismäärä on ryhmien summa. Usean ryhmän indeksit käyttävät vain ryhmiä (kokonaismäärä = niiden summa) ja edellyttävät vähintään kahta ryhmäkenttää.&lt;/p&gt;&lt;p&gt;Tulostaulukossa on yksi rivi kutakin aluetta ja ryhmää kohden (yhden ryhmän indeksit) ja yksi rivi kutakin aluetta kohden ryhmällä '(all groups)' eli kaikki ryhmät (usean ryhmän indeksit); riveillä on myös käytettyjen ja pois jätettyjen yksiköiden lukumäärä ja niiden väestö.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="70" />
      <source>HTML files (*.html)</source>
      <translation>HTML-tiedostot (*.html)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="82" />
      <source>{} units, {} regions, {} groups.</source>
      <translation>{} yksikköä, {} aluetta, {} ryhmää.</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="130" />
      <source>Single-group indices (group against the rest)</source>
      <translation>Yhden ryhmän indeksit (ryhmä suhteessa muihin)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="134" />
      <source>Multigroup indices (all groups)</source>
      <translation>Usean ryhmän indeksit (kaikki ryhmät)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="138" />
      <source>sum of the groups</source>
      <translation>ryhmien summa</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="139" />
      <source>none (one region)</source>
      <translation>ei aluejakoa (yksi alue)</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="140" />
      <source>drop the unit</source>
      <translation>jätä yksikkö pois</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="140" />
      <source>impute from the region's rate</source>
      <translation>imputoi alueen ryhmäosuudesta</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="107" />
      <source>Region {region}, {group}: {n} units dropped ({pop:g} inhabitants).</source>
      <translation>Alue {region}, {group}: {n} yksikköä jätettiin pois ({pop:g} asukasta).</translation>
    </message>
    <message>
      <location filename="../algorithms/global_indices.py" line="111" />
      <source>Region {} has fewer than two usable units: its evenness indices are 0 or empty by construction and say nothing about segregation.</source>
      <translation>Alueella {} on alle kaksi käyttökelpoista yksikköä: sen tasaisuusindeksit ovat määritelmän mukaan 0 tai tyhjiä eivätkä kerro segregaatiosta mitään.</translation>
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
      <location filename="../algorithms/reading.py" line="64" />
      <source>Field '{field}' has non-numeric values ({examples}) in features {ids}. Use a numeric field, or clean these values.</source>
      <translation>Kentässä '{field}' on ei-numeerisia arvoja ({examples}) kohteissa {ids}. Käytä numeerista kenttää tai korjaa nämä arvot.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="66" />
      <source>Field '{field}' has negative or infinite counts in features {ids}. Counts must be &gt;= 0 (-1 is read as suppressed).</source>
      <translation>Kentässä '{field}' on negatiivisia tai äärettömiä lukumääriä kohteissa {ids}. Lukumäärien on oltava &gt;= 0 (-1 tulkitaan salatuksi arvoksi).</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="68" />
      <source>Field '{field}' is larger than the total '{total}' in features {ids}. Check that '{total}' is the base count of '{field}'.</source>
      <translation>Kenttä '{field}' on suurempi kuin kokonaismäärä '{total}' kohteissa {ids}. Tarkista, että '{total}' on kentän '{field}' perusjoukko.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="71" />
      <source>Only one group field ('{field}') and no total field: choose the total (base) field, or at least two group fields whose sum is the total.</source>
      <translation>Vain yksi ryhmäkenttä ('{field}') eikä kokonaismääräkenttää: valitse kokonaismääräkenttä (perusjoukko) tai vähintään kaksi ryhmäkenttää, joiden summa on kokonaismäärä.</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="49" />
      <source>The input layer has no features (or no selected features).</source>
      <translation>Syötetasossa ei ole kohteita (tai valittuja kohteita).</translation>
    </message>
    <message>
      <location filename="../algorithms/reading.py" line="28" />
      <source>Field '{}' is not in the input layer.</source>
      <translation>Kenttää '{}' ei ole syötetasossa.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="57" />
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
      <location filename="../index_names.py" line="33" />
      <source>Share of the group that would have to move for an even distribution.</source>
      <translation>Ryhmän osuus, jonka pitäisi muuttaa, jotta ryhmä jakautuisi tasaisesti.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="34" />
      <source>Mean difference in group shares between all pairs of areas, weighted by population.</source>
      <translation>Ryhmäosuuksien keskimääräinen ero kaikkien osa-alueparien välillä väestöllä painotettuna.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="35" />
      <source>How much less diverse the areas are than the city as a whole.</source>
      <translation>Kuinka paljon vähemmän monimuotoisia osa-alueet ovat kuin kaupunki kokonaisuutena.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="36" />
      <source>Unevenness that weighs areas where the group is under-represented (shape b).</source>
      <translation>Epätasaisuus, joka painottaa osa-alueita, joilla ryhmä on aliedustettu (muotoparametri b).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="37" />
      <source>Group share in the area of the average group member.</source>
      <translation>Ryhmän osuus ryhmän keskimääräisen jäsenen asuinalueella.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="38" />
      <source>Share of the others in the area of the average group member.</source>
      <translation>Muiden osuus ryhmän keskimääräisen jäsenen asuinalueella.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="39" />
      <source>Isolation corrected for the group's size in the city.</source>
      <translation>Eristyneisyys korjattuna ryhmän koolla koko kaupungissa.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="40" />
      <source>Dissimilarity generalised to all groups at once.</source>
      <translation>Erilaisuusindeksi yleistettynä kaikille ryhmille yhtä aikaa.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="41" />
      <source>Gini coefficient generalised to all groups at once.</source>
      <translation>Gini-kerroin yleistettynä kaikille ryhmille yhtä aikaa.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="42" />
      <source>Theil's H for all groups: entropy lost by living apart.</source>
      <translation>Theilin H kaikille ryhmille: erillään asumisen vuoksi menetetty entropia.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="43" />
      <source>Information the area gives about a resident's group (natural log).</source>
      <translation>Tieto, jonka asuinalue antaa asukkaan ryhmästä (luonnollinen logaritmi).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="44" />
      <source>Variance of group shares across areas, normalised per group.</source>
      <translation>Ryhmäosuuksien varianssi osa-alueiden välillä ryhmittäin normitettuna.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="45" />
      <source>Interaction lost by living apart, relative to the city.</source>
      <translation>Erillään asumisen vuoksi menetetty vuorovaikutus suhteessa koko kaupunkiin.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="46" />
      <source>Variance of group shares relative to group size.</source>
      <translation>Ryhmäosuuksien varianssi suhteessa ryhmän kokoon.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="47" />
      <source>Chance that two random residents of the city belong to the same group.</source>
      <translation>Todennäköisyys, että kaksi satunnaista kaupungin asukasta kuuluu samaan ryhmään.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="48" />
      <source>Chance that two random residents of the city belong to different groups.</source>
      <translation>Todennäköisyys, että kaksi satunnaista kaupungin asukasta kuuluu eri ryhmiin.</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="49" />
      <source>Entropy of the city's composition (natural log; maximum ln K).</source>
      <translation>Kaupungin väestörakenteen entropia (luonnollinen logaritmi; enintään ln K).</translation>
    </message>
    <message>
      <location filename="../index_names.py" line="56" />
      <source>Higher = more segregated</source>
      <translation>Suurempi arvo = eriytyneempi</translation>
    </message>
    <message>
      <location filename="../provider.py" line="20" />
      <source>Segregation analysis</source>
      <translation>Segregaatioanalyysi</translation>
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
