# Synchroniseren tussen computers via een gesynchroniseerde map: wat een ronde
# deed, waarom een bestand wacht, en waarom synchroniseren niet kan beginnen.

## Waarom een bestand in de map nog niet is verwerkt

sync-file-not-ours = het is geen synchronisatiebestand van Balans
sync-file-header-cut = de kop is afgebroken
sync-file-header-unreadable = de kop is onleesbaar ({ $detail })
sync-file-short = het bevat { $has } van de { $needs } bytes
sync-file-checksum = de controlesom klopt niet met de inhoud
sync-file-cannot-apply = het kan hier niet worden verwerkt ({ $detail })
sync-file-newer = het komt van een nieuwere Balans (gegevensversie { $found }; deze leest tot en met { $supported }); het blijft bewaard en wordt verwerkt zodra Balans is bijgewerkt

## Weigeringen

error-sync-folder-missing = De synchronisatiemap { $folder } bestaat niet of is geen map. Maak hem aan, of laat je synchronisatieprogramma hem aanmaken, en probeer het opnieuw.
error-sync-not-set-up = Dit grootboek synchroniseert nog niet. Kies een map die je synchronisatieprogramma gelijk houdt (Syncthing, Nextcloud, OneDrive, Dropbox, iCloud Drive of een netwerkschijf) met `balans sync setup MAP`.
error-sync-other-folder = Dit grootboek synchroniseert al via { $folder }. Verlaat die map eerst om via een andere te synchroniseren.
error-sync-inside-data = De synchronisatiemap en de gegevensmap { $folder } mogen elkaar niet bevatten: Balans zet zijn database nooit in een gesynchroniseerde map.
