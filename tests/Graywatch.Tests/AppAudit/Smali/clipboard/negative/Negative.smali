.class public Lfixture/clipboard/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    const/4 v0, 0x0
    invoke-virtual {p0, v0}, Landroid/content/ClipboardManager;->setPrimaryClip(Landroid/content/ClipData;)V
    return-void
.end method
