import struct, sys
path, version = sys.argv[1], sys.argv[2].encode()
data = bytearray(open(path, 'rb').read())
assert data[:4] == b'\x7fELF' and data[4] == 2 and data[5] == 1, 'a 64-bit little-endian ELF file is expected'
shoff, = struct.unpack_from('<Q', data, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3a)
sections = [struct.unpack_from('<IIQQQQIIQQ', data, shoff + i * shentsize) for i in range(shnum)]
SHT_GNU_verneed = 0x6ffffffe
changed = 0
for s in sections:
    if s[1] != SHT_GNU_verneed:
        continue
    strtab = sections[s[6]]
    off, count = s[4], s[7]
    for _ in range(count):
        vn_version, vn_cnt, vn_file, vn_aux, vn_next = struct.unpack_from('<HHIII', data, off)
        aux = off + vn_aux
        for _ in range(vn_cnt):
            vna_hash, vna_flags, vna_other, vna_name, vna_next = struct.unpack_from('<IHHII', data, aux)
            start = strtab[4] + vna_name
            name = bytes(data[start:data.index(0, start)])
            if name == version:
                struct.pack_into('<H', data, aux + 4, vna_flags | 0x2)
                changed += 1
            aux += vna_next
        off += vn_next
open(path, 'wb').write(data)
print(f'{path}: {changed} version need(s) on {version.decode()} made weak')
