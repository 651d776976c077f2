#!/usr/bin/python3
"""Makes test/fixtures/workbooks/LibreOfficeChartPictureComment.xlsx: a workbook as LibreOffice Calc saves
it, holding what an officer's workbook holds beside the add-in's sheets: figures, a line chart fed by them,
a PNG picture and a cell comment. Run with Debian's python3 and python3-uno, libreoffice-calc installed:

    /usr/bin/python3 scripts/make-lo-workbook.py

It starts LibreOffice headless on a local pipe, builds the sheet through the UNO API and saves it with
the "Calc MS Excel 2007 XML" filter. The file is committed; the tests never run LibreOffice for it.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.awt import Point, Rectangle, Size
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test', 'fixtures', 'workbooks', 'LibreOfficeChartPictureComment.xlsx')
PICTURE = os.path.join(ROOT, 'assets', 'icon-80.png')


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    pipe = 'avgift_lo_%d' % os.getpid()
    office = subprocess.Popen(['soffice', '--headless', '--norestore', '--nologo', '-env:UserInstallation=file:///tmp/avgift_lo_profile', '--accept=pipe,name=%s;urp;' % pipe])
    try:
        resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', uno.getComponentContext())
        for _ in range(120):
            try:
                context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
                break
            except Exception:
                time.sleep(0.5)
        else:
            sys.exit('LibreOffice did not answer')
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        doc = desktop.loadComponentFromURL('private:factory/scalc', '_blank', 0, (prop('Hidden', True),))
        sheet = doc.Sheets.getByIndex(0)
        sheet.Name = 'Uppföljning'
        rows = [('År', 'Avgift (kr)'), (2022, 2016608), (2023, 2040956), (2024, 2070444), (2025, 2086116), (2026, 2102500)]
        for r, (a, b) in enumerate(rows):
            for c, v in enumerate((a, b)):
                cell = sheet.getCellByPosition(c, r)
                if isinstance(v, str):
                    cell.String = v
                else:
                    cell.Value = v
        address = CellAddress()
        address.Sheet, address.Column, address.Row = 0, 1, 5
        sheet.Annotations.insertNew(address, 'Avgiften enligt kommitténs beslut 2017-02-02 (4 kr per invånare).')
        chart_range = CellRangeAddress()
        chart_range.Sheet, chart_range.StartColumn, chart_range.StartRow, chart_range.EndColumn, chart_range.EndRow = 0, 1, 0, 1, 5
        rect = Rectangle()
        rect.X, rect.Y, rect.Width, rect.Height = 4000, 500, 12000, 7000
        sheet.Charts.addNewByName('Avgifter', rect, (chart_range,), True, False)
        chart = sheet.Charts.getByName('Avgifter').EmbeddedObject
        chart.Diagram = chart.createInstance('com.sun.star.chart.LineDiagram')
        graphic = doc.createInstance('com.sun.star.drawing.GraphicObjectShape')
        provider = context.ServiceManager.createInstanceWithContext('com.sun.star.graphic.GraphicProvider', context)
        graphic.Graphic = provider.queryGraphic((prop('URL', uno.systemPathToFileUrl(PICTURE)),))
        sheet.DrawPage.add(graphic)
        size = Size()
        size.Width, size.Height = 2000, 2000
        graphic.Size = size
        position = Point()
        position.X, position.Y = 500, 5000
        graphic.Position = position
        doc.storeToURL(uno.systemPathToFileUrl(OUT), (prop('FilterName', 'Calc MS Excel 2007 XML'),))
        doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=60)
    print('wrote', OUT)


if __name__ == '__main__':
    main()
